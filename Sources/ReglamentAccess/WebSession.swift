import Crypto
import Foundation

/// A person logged in to the web workspace. The store keeps only the
/// SHA-256 of the cookie's id (`SessionToken.hash`): a copy of the
/// database does not let anyone in.
public struct WebSession: Sendable, Equatable {
    public var idHash: String
    public var user: UserName
    /// The token every form of this session carries (CSRF).
    public var csrfToken: String
    public var createdAt: Date
    public var lastSeenAt: Date

    public init(idHash: String, user: UserName, csrfToken: String, createdAt: Date, lastSeenAt: Date) {
        self.idHash = idHash
        self.user = user
        self.csrfToken = csrfToken
        self.createdAt = createdAt
        self.lastSeenAt = lastSeenAt
    }
}

/// A session as a request finds it, with the account it belongs to (nil: removed since).
public struct SignedIn: Sendable, Equatable {
    public var session: WebSession
    public var user: UserAccount?

    public init(session: WebSession, user: UserAccount?) {
        self.session = session
        self.user = user
    }
}

/// Where sessions are kept: the call database, so that every server over it knows them.
public protocol SessionStore: Sendable {
    func createSession(_ session: WebSession) async throws
    /// The session and its person in one read: every request asks.
    func signedIn(idHash: String) async throws -> SignedIn?
    func touchSession(idHash: String, at now: Date) async throws
    func deleteSession(idHash: String) async throws
    /// Every session of `user` (a new password, a removed account).
    func deleteSessions(of user: UserName) async throws
}

/// Random values for session ids and form tokens: 256 bits from the
/// system's generator, URL-safe base64.
public enum SessionToken {
    public static func make() -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        return Data(bytes).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
    }

    /// What the store keeps of an id.
    public static func hash(_ id: String) -> String {
        SHA256.hash(data: Data(id.utf8)).map { String(format: "%02x", $0) }.joined()
    }

    /// Compares two tokens in time that does not depend on where they differ.
    public static func same(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        return zip(x, y).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }
}

/// How long a session lives: idle and absolute timeouts (ASVS 5.0 §7.3).
public struct SessionPolicy: Sendable, Equatable {
    public var idleTimeout: Duration
    public var absoluteTimeout: Duration

    public init(idleTimeout: Duration = .seconds(30 * 60), absoluteTimeout: Duration = .seconds(12 * 3600)) {
        self.idleTimeout = idleTimeout
        self.absoluteTimeout = absoluteTimeout
    }

    public func isLive(_ session: WebSession, at now: Date) -> Bool {
        now.timeIntervalSince(session.lastSeenAt) < Self.seconds(idleTimeout)
            && now.timeIntervalSince(session.createdAt) < Self.seconds(absoluteTimeout)
    }

    /// A session is touched at most once a minute: every request would be a write otherwise.
    public func needsTouch(_ session: WebSession, at now: Date) -> Bool {
        now.timeIntervalSince(session.lastSeenAt) >= min(60, Self.seconds(idleTimeout) / 10)
    }

    static func seconds(_ duration: Duration) -> TimeInterval {
        TimeInterval(duration.components.seconds) + TimeInterval(duration.components.attoseconds) / 1e18
    }
}
