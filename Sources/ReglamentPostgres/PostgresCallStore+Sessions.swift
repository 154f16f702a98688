import Foundation
import PostgresNIO
import ReglamentAccess

/// Web sessions in the database, so that any server over it answers any request.
extension PostgresCallStore: SessionStore {
    public func createSession(_ session: WebSession) async throws {
        try await rows("""
            INSERT INTO web_sessions (id_hash, "user", csrf, created_at, last_seen_at)
            VALUES (\(session.idHash), \(session.user.text), \(session.csrfToken), \(session.createdAt.timeIntervalSince1970),
                    \(session.lastSeenAt.timeIntervalSince1970))
            """)
    }

    public func session(idHash: String) async throws -> WebSession? {
        guard let row = try await rows(
            "SELECT id_hash, \"user\", csrf, created_at, last_seen_at FROM web_sessions WHERE id_hash = \(idHash)").first
        else { return nil }
        let (id, userText, csrf, createdAt, lastSeenAt) = try row.decode((String, String, String, Double, Double).self)
        guard let user = try? UserName(parsing: userText) else { return nil }
        return WebSession(
            idHash: id, user: user, csrfToken: csrf, createdAt: Date(timeIntervalSince1970: createdAt),
            lastSeenAt: Date(timeIntervalSince1970: lastSeenAt))
    }

    public func touchSession(idHash: String, at now: Date) async throws {
        try await rows("UPDATE web_sessions SET last_seen_at = \(now.timeIntervalSince1970) WHERE id_hash = \(idHash)")
    }

    public func deleteSession(idHash: String) async throws {
        try await rows("DELETE FROM web_sessions WHERE id_hash = \(idHash)")
    }

    public func deleteSessions(of user: UserName) async throws {
        try await rows("DELETE FROM web_sessions WHERE \"user\" = \(user.text)")
    }
}
