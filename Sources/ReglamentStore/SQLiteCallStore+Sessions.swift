import Foundation
import GRDB
import ReglamentAccess

/// Web sessions, beside the people they belong to.
extension SQLiteCallStore: SessionStore {
    public func createSession(_ session: WebSession) async throws {
        try await write { db in
            try db.execute(
                sql: "INSERT INTO web_sessions (id_hash, user, csrf, created_at, last_seen_at) VALUES (?, ?, ?, ?, ?)",
                arguments: [
                    session.idHash, session.user.text, session.csrfToken, session.createdAt.timeIntervalSince1970,
                    session.lastSeenAt.timeIntervalSince1970,
                ])
        }
    }

    public func signedIn(idHash: String) async throws -> SignedIn? {
        try await read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM web_sessions WHERE id_hash = ?", arguments: [idHash]),
                  let user = try? UserName(parsing: row["user"])
            else { return nil }
            let session = WebSession(
                idHash: row["id_hash"], user: user, csrfToken: row["csrf"], createdAt: Date(timeIntervalSince1970: row["created_at"]),
                lastSeenAt: Date(timeIntervalSince1970: row["last_seen_at"]))
            return SignedIn(session: session, user: try Self.account(user, in: db))
        }
    }

    public func touchSession(idHash: String, at now: Date) async throws {
        try await write { db in
            try db.execute(sql: "UPDATE web_sessions SET last_seen_at = ? WHERE id_hash = ?", arguments: [now.timeIntervalSince1970, idHash])
        }
    }

    public func deleteSession(idHash: String) async throws {
        try await write { db in try db.execute(sql: "DELETE FROM web_sessions WHERE id_hash = ?", arguments: [idHash]) }
    }

    public func deleteSessions(of user: UserName) async throws {
        try await write { db in try db.execute(sql: "DELETE FROM web_sessions WHERE user = ?", arguments: [user.text]) }
    }
}
