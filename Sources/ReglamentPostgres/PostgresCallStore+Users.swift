import Foundation
import PostgresNIO
import ReglamentAccess

/// People and their grants, in the same database as the calls.
extension PostgresCallStore: UserStore {
    public func addUser(_ name: UserName, role: Role, spokenName: String?, passwordHash: String, shops: [String], at now: Date) async throws {
        try await transaction { connection in
            // Two servers adding the same person at once: the second meets the key, and is told the person exists.
            let added = try await connection.query("""
                INSERT INTO users (name, role, spoken_name, password_hash, created_at)
                VALUES (\(name.text), \(role.rawValue), \(spokenName), \(passwordHash), \(now.timeIntervalSince1970))
                ON CONFLICT (name) DO NOTHING RETURNING name
                """, logger: self.logger).collect()
            guard !added.isEmpty else { throw AccessError.userExists(name.text) }
            try await self.insertGrants(shops, of: name, on: connection)
        }
    }

    public func setPasswordHash(_ hash: String, of name: UserName) async throws {
        try await transaction { connection in
            let changed = try await connection.query(
                "UPDATE users SET password_hash = \(hash) WHERE name = \(name.text) RETURNING name", logger: self.logger).collect()
            guard changed.count == 1 else { throw AccessError.noSuchUser(name.text) }
            // A new password logs the person out everywhere (ASVS 5.0 §7.4.3).
            try await connection.query("DELETE FROM web_sessions WHERE \"user\" = \(name.text)", logger: self.logger)
        }
    }

    public func setSpokenName(_ spokenName: String?, of name: UserName) async throws {
        let changed = try await rows("UPDATE users SET spoken_name = \(spokenName) WHERE name = \(name.text) RETURNING name")
        guard changed.count == 1 else { throw AccessError.noSuchUser(name.text) }
    }

    public func setLanguage(_ language: InterfaceLanguage?, of name: UserName) async throws {
        let changed = try await rows("UPDATE users SET language = \(language?.rawValue) WHERE name = \(name.text) RETURNING name")
        guard changed.count == 1 else { throw AccessError.noSuchUser(name.text) }
    }

    public func grant(_ shops: [String], to name: UserName) async throws {
        try await transaction { connection in
            try await self.lockedUser(name, on: connection)
            try await self.insertGrants(shops, of: name, on: connection)
        }
    }

    public func revoke(_ shops: [String], from name: UserName) async throws {
        try await transaction { connection in
            try await self.lockedUser(name, on: connection)
            for shop in shops {
                try await connection.query("DELETE FROM user_grants WHERE \"user\" = \(name.text) AND shop = \(shop)", logger: self.logger)
            }
        }
    }

    public func removeUser(_ name: UserName) async throws {
        try await transaction { connection in
            try await connection.query("DELETE FROM user_grants WHERE \"user\" = \(name.text)", logger: self.logger)
            try await connection.query("DELETE FROM web_sessions WHERE \"user\" = \(name.text)", logger: self.logger)
            let removed = try await connection.query("DELETE FROM users WHERE name = \(name.text) RETURNING name", logger: self.logger).collect()
            guard removed.count == 1 else { throw AccessError.noSuchUser(name.text) }
        }
    }

    public func users() async throws -> [UserAccount] {
        var shops: [String: [String]] = [:]
        for row in try await rows("SELECT \"user\", shop FROM user_grants") {
            let (user, shop) = try row.decode((String, String).self)
            shops[user, default: []].append(shop)
        }
        return try await rows("SELECT \(unescaped: Self.accountColumns) FROM users ORDER BY name COLLATE \"C\"").compactMap { row in
            try Self.account(row) { shops[$0] ?? [] }
        }
    }

    public func user(_ name: UserName) async throws -> UserAccount? {
        guard let row = try await rows("SELECT \(unescaped: Self.accountColumns) FROM users WHERE name = \(name.text)").first else {
            return nil
        }
        let shops = try await rows("SELECT shop FROM user_grants WHERE \"user\" = \(name.text)").map { try $0.decode(String.self) }
        return try Self.account(row) { _ in shops }
    }

    public func passwordHash(of name: UserName) async throws -> String? {
        try await rows("SELECT password_hash FROM users WHERE name = \(name.text)").first?.decode(String.self)
    }

    /// Locks the person's row for the transaction; throws when there is no such person.
    private func lockedUser(_ name: UserName, on connection: PostgresConnection) async throws {
        let found = try await connection.query("SELECT name FROM users WHERE name = \(name.text) FOR UPDATE", logger: logger).collect()
        guard !found.isEmpty else { throw AccessError.noSuchUser(name.text) }
    }

    private func insertGrants(_ shops: [String], of name: UserName, on connection: PostgresConnection) async throws {
        for shop in Set(shops) {
            try await connection.query(
                "INSERT INTO user_grants (\"user\", shop) VALUES (\(name.text), \(shop)) ON CONFLICT DO NOTHING", logger: logger)
        }
    }

    static let accountColumns = "name, role, spoken_name, language, created_at"

    /// A row written by another version may hold a role this one does not know: it is left out, not guessed.
    private static func account(_ row: PostgresRow, shops: (String) -> [String]) throws -> UserAccount? {
        let (text, roleName, spokenName, language, createdAt) = try row.decode((String, String, String?, String?, Double).self)
        return account(name: text, role: roleName, spokenName: spokenName, language: language, createdAt: createdAt, shops: shops(text))
    }

    static func account(name text: String, role roleName: String, spokenName: String?, language: String?, createdAt: Double, shops: [String]) -> UserAccount? {
        guard let name = try? UserName(parsing: text), let role = Role(rawValue: roleName) else { return nil }
        return UserAccount(
            name: name, role: role, spokenName: spokenName, language: language.flatMap(InterfaceLanguage.init(rawValue:)), shops: shops,
            createdAt: Date(timeIntervalSince1970: createdAt))
    }
}
