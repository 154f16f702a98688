import Crypto
import Foundation

/// A token the telephone system sends with its screen pops:
/// `rgl_<id>_<secret>`. The id names it in lists and logs; only the
/// SHA-256 of the whole token is stored (it has 256 random bits, so a
/// slow hash adds nothing), and a revoked token is refused at once.
public struct APIToken: Sendable, Equatable {
    public var id: String
    public var label: String
    public var createdAt: Date
    public var revokedAt: Date?

    public init(id: String, label: String, createdAt: Date, revokedAt: Date? = nil) {
        self.id = id
        self.label = label
        self.createdAt = createdAt
        self.revokedAt = revokedAt
    }

    /// A new token: its id and the text to give the telephone system (shown once).
    public static func make() -> (id: String, token: String) {
        let id = String(SessionToken.make().filter { $0.isLetter || $0.isNumber }.prefix(10)).lowercased()
        return (id, "rgl_\(id)_\(SessionToken.make())")
    }

    /// The id a presented token claims, or nil when it is not shaped like one.
    public static func id(of token: String) -> String? {
        let parts = token.split(separator: "_", maxSplits: 2)
        guard parts.count == 3, parts[0] == "rgl", !parts[1].isEmpty, parts[2].count >= 32 else { return nil }
        return String(parts[1])
    }

    public static func hash(_ token: String) -> String {
        SessionToken.hash(token)
    }
}

/// Where API tokens are kept (the call database).
public protocol APITokenStore: Sendable {
    func addToken(_ token: APIToken, hash: String) async throws
    /// The stored hash of token `id` and whether it was revoked; nil when there is no such token.
    func tokenHash(id: String) async throws -> (hash: String, revoked: Bool)?
    /// False when there is no such token.
    func revokeToken(id: String, at now: Date) async throws -> Bool
    func tokens() async throws -> [APIToken]
}
