import ReglamentAccess

/// How the workspace treats sessions and cookies.
public struct WebSettings: Sendable {
    /// Cookies carry `Secure` (and the `__Host-` name): on when served over
    /// TLS or behind a proxy that terminates it (`--behind-tls-proxy`).
    public var secureCookies: Bool
    public var sessions: SessionPolicy
    public var logins: LoginThrottle.Limits

    public init(secureCookies: Bool = false, sessions: SessionPolicy = SessionPolicy(), logins: LoginThrottle.Limits = .init()) {
        self.secureCookies = secureCookies
        self.sessions = sessions
        self.logins = logins
    }

    /// `__Host-` makes the browser refuse the cookie unless it is Secure, for
    /// the whole host and path `/`; over plain HTTP it would be dropped.
    var sessionCookie: String { secureCookies ? "__Host-reglament" : "reglament" }
    var loginCookie: String { secureCookies ? "__Host-reglament-login" : "reglament-login" }
}
