import Foundation
import PostgresNIO
import ReglamentAccess
import ReglamentRun

/// The telephone system's side: its tokens and the calls it announced.
extension PostgresCallStore: APITokenStore, ScreenPopStore {
    public func addToken(_ token: APIToken, hash: String) async throws {
        try await rows("""
            INSERT INTO api_tokens (id, label, hash, created_at) VALUES (\(token.id), \(token.label), \(hash), \(token.createdAt.timeIntervalSince1970))
            """)
    }

    public func tokenHash(id: String) async throws -> (hash: String, revoked: Bool)? {
        try await rows("SELECT hash, revoked_at FROM api_tokens WHERE id = \(id)").first.map { row in
            let (hash, revokedAt) = try row.decode((String, Double?).self)
            return (hash, revokedAt != nil)
        }
    }

    public func revokeToken(id: String, at now: Date) async throws -> Bool {
        try await !rows(
            "UPDATE api_tokens SET revoked_at = \(now.timeIntervalSince1970) WHERE id = \(id) AND revoked_at IS NULL RETURNING id").isEmpty
    }

    public func tokens() async throws -> [APIToken] {
        try await rows("SELECT id, label, created_at, revoked_at FROM api_tokens ORDER BY created_at").map { row in
            let (id, label, createdAt, revokedAt) = try row.decode((String, String, Double, Double?).self)
            return APIToken(
                id: id, label: label, createdAt: Date(timeIntervalSince1970: createdAt), revokedAt: revokedAt.map(Date.init(timeIntervalSince1970:)))
        }
    }

    public func addScreenPop(_ pop: ScreenPop) async throws {
        try await rows("""
            INSERT INTO screen_pops (id, shop, caller, dialed, created_at)
            VALUES (\(pop.id), \(pop.shop), \(pop.caller), \(pop.dialed), \(pop.createdAt.timeIntervalSince1970))
            """)
    }

    public func screenPop(_ id: String, shop: String) async throws -> ScreenPop? {
        try await rows("SELECT \(unescaped: Self.popColumns) FROM screen_pops WHERE id = \(id) AND shop = \(shop)").first.map(Self.screenPop)
    }

    public func screenPop(forCall reference: String, shop: String) async throws -> ScreenPop? {
        try await rows("SELECT \(unescaped: Self.popColumns) FROM screen_pops WHERE shop = \(shop) AND call_reference = \(reference)")
            .first.map(Self.screenPop)
    }

    /// A claimed pop holds an empty reference until its call is started.
    public func claimScreenPop(_ id: String, shop: String) async throws -> Bool {
        try await !rows(
            "UPDATE screen_pops SET call_reference = '' WHERE id = \(id) AND shop = \(shop) AND call_reference IS NULL RETURNING id").isEmpty
    }

    public func linkScreenPop(_ id: String, shop: String, call reference: String) async throws {
        try await rows("UPDATE screen_pops SET call_reference = \(reference) WHERE id = \(id) AND shop = \(shop)")
    }

    private static let popColumns = "id, shop, caller, dialed, created_at, call_reference"

    private static func screenPop(_ row: PostgresRow) throws -> ScreenPop {
        let (id, shop, caller, dialed, createdAt, reference) = try row.decode((String, String, String, String, Double, String?).self)
        return ScreenPop(id: id, shop: shop, caller: caller, dialed: dialed, createdAt: Date(timeIntervalSince1970: createdAt), callReference: reference)
    }
}
