import Foundation
import GRDB
import ReglamentAccess
import ReglamentRun

/// The telephone system's side: its tokens and the calls it announced.
extension SQLiteCallStore: APITokenStore, ScreenPopStore {
    public func addToken(_ token: APIToken, hash: String) async throws {
        try await write { db in
            try db.execute(
                sql: "INSERT INTO api_tokens (id, label, hash, created_at) VALUES (?, ?, ?, ?)",
                arguments: [token.id, token.label, hash, token.createdAt.timeIntervalSince1970])
        }
    }

    public func tokenHash(id: String) async throws -> (hash: String, revoked: Bool)? {
        try await read { db in
            try Row.fetchOne(db, sql: "SELECT hash, revoked_at FROM api_tokens WHERE id = ?", arguments: [id]).map { row in
                (row["hash"], (row["revoked_at"] as Double?) != nil)
            }
        }
    }

    public func revokeToken(id: String, at now: Date) async throws -> Bool {
        try await write { db in
            try db.execute(
                sql: "UPDATE api_tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL", arguments: [now.timeIntervalSince1970, id])
            return db.changesCount == 1
        }
    }

    public func tokens() async throws -> [APIToken] {
        try await read { db in
            try Row.fetchAll(db, sql: "SELECT id, label, created_at, revoked_at FROM api_tokens ORDER BY created_at").map { row in
                APIToken(
                    id: row["id"], label: row["label"], createdAt: Date(timeIntervalSince1970: row["created_at"]),
                    revokedAt: (row["revoked_at"] as Double?).map(Date.init(timeIntervalSince1970:)))
            }
        }
    }

    public func addScreenPop(_ pop: ScreenPop) async throws {
        try await write { db in
            try db.execute(
                sql: "INSERT INTO screen_pops (id, shop, caller, dialed, created_at) VALUES (?, ?, ?, ?, ?)",
                arguments: [pop.id, pop.shop, pop.caller, pop.dialed, pop.createdAt.timeIntervalSince1970])
        }
    }

    public func screenPop(_ id: String, shop: String) async throws -> ScreenPop? {
        try await read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM screen_pops WHERE id = ? AND shop = ?", arguments: [id, shop]).map(Self.screenPop)
        }
    }

    public func screenPop(forCall reference: String, shop: String) async throws -> ScreenPop? {
        try await read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM screen_pops WHERE shop = ? AND call_reference = ?", arguments: [shop, reference])
                .map(Self.screenPop)
        }
    }

    /// A claimed pop holds an empty reference until its call is started.
    public func claimScreenPop(_ id: String, shop: String) async throws -> Bool {
        try await write { db in
            try db.execute(
                sql: "UPDATE screen_pops SET call_reference = '' WHERE id = ? AND shop = ? AND call_reference IS NULL", arguments: [id, shop])
            return db.changesCount == 1
        }
    }

    public func linkScreenPop(_ id: String, shop: String, call reference: String) async throws {
        try await write { db in
            try db.execute(sql: "UPDATE screen_pops SET call_reference = ? WHERE id = ? AND shop = ?", arguments: [reference, id, shop])
        }
    }

    private static func screenPop(_ row: Row) -> ScreenPop {
        ScreenPop(
            id: row["id"], shop: row["shop"], caller: row["caller"], dialed: row["dialed"],
            createdAt: Date(timeIntervalSince1970: row["created_at"]), callReference: row["call_reference"])
    }
}
