import ReglamentAccess

/// How the workspace treats sessions and cookies.
public struct WebSettings: Sendable {
    /// Cookies carry `Secure` (and the `__Host-` name): on when served over
    /// TLS or behind a proxy that terminates it (`--behind-tls-proxy`).
    public var secureCookies: Bool
    public var sessions: SessionPolicy
    public var logins: LoginThrottle.Limits
    /// Calls one API token may announce a minute (a busy line rings a few times a second at most).
    public var screenPopsPerMinute: Int

    public init(
        secureCookies: Bool = false, sessions: SessionPolicy = SessionPolicy(), logins: LoginThrottle.Limits = .init(),
        screenPopsPerMinute: Int = 600
    ) {
        self.secureCookies = secureCookies
        self.sessions = sessions
        self.logins = logins
        self.screenPopsPerMinute = screenPopsPerMinute
    }

    /// `__Host-` makes the browser refuse the cookie unless it is Secure, for
    /// the whole host and path `/`; over plain HTTP it would be dropped.
    var sessionCookie: String { secureCookies ? "__Host-reglament" : "reglament" }
    var loginCookie: String { secureCookies ? "__Host-reglament-login" : "reglament-login" }
}
