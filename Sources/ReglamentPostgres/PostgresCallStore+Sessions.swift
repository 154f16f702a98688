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

    /// One statement: the session, its person and their grants (every request asks).
    public func signedIn(idHash: String) async throws -> SignedIn? {
        guard let row = try await rows("""
            SELECT s.id_hash, s."user", s.csrf, s.created_at, s.last_seen_at, u.role, u.spoken_name, u.language, u.created_at,
                   ARRAY(SELECT g.shop FROM user_grants g WHERE g."user" = u.name)
            FROM web_sessions s LEFT JOIN users u ON u.name = s."user" WHERE s.id_hash = \(idHash)
            """).first
        else { return nil }
        let (id, userText, csrf, createdAt, lastSeenAt, role, spokenName, language, userCreatedAt, shops) =
            try row.decode((String, String, String, Double, Double, String?, String?, String?, Double?, [String]).self)
        guard let user = try? UserName(parsing: userText) else { return nil }
        let session = WebSession(
            idHash: id, user: user, csrfToken: csrf, createdAt: Date(timeIntervalSince1970: createdAt),
            lastSeenAt: Date(timeIntervalSince1970: lastSeenAt))
        let account = role.flatMap { role in
            userCreatedAt.flatMap { Self.account(name: userText, role: role, spokenName: spokenName, language: language, createdAt: $0, shops: shops) }
        }
        return SignedIn(session: session, user: account)
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
