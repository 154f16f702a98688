import Foundation
import GRDB
import ReglamentAccess

/// People and their grants, in the same file as the calls.
extension SQLiteCallStore: UserStore {
    public func addUser(_ name: UserName, role: Role, spokenName: String?, passwordHash: String, shops: [String], at now: Date) async throws {
        try await write { db in
            guard try Self.exists(name, in: db) == false else { throw AccessError.userExists(name.text) }
            try db.execute(
                sql: "INSERT INTO users (name, role, spoken_name, password_hash, created_at) VALUES (?, ?, ?, ?, ?)",
                arguments: [name.text, role.rawValue, spokenName, passwordHash, now.timeIntervalSince1970])
            try Self.insertGrants(shops, of: name, in: db)
        }
    }

    public func setPasswordHash(_ hash: String, of name: UserName) async throws {
        try await write { db in
            try db.execute(sql: "UPDATE users SET password_hash = ? WHERE name = ?", arguments: [hash, name.text])
            guard db.changesCount == 1 else { throw AccessError.noSuchUser(name.text) }
            // A new password logs the person out everywhere (ASVS 5.0 §7.4.3).
            try db.execute(sql: "DELETE FROM web_sessions WHERE user = ?", arguments: [name.text])
        }
    }

    public func setSpokenName(_ spokenName: String?, of name: UserName) async throws {
        try await write { db in
            try db.execute(sql: "UPDATE users SET spoken_name = ? WHERE name = ?", arguments: [spokenName, name.text])
            guard db.changesCount == 1 else { throw AccessError.noSuchUser(name.text) }
        }
    }

    public func setLanguage(_ language: InterfaceLanguage?, of name: UserName) async throws {
        try await write { db in
            try db.execute(sql: "UPDATE users SET language = ? WHERE name = ?", arguments: [language?.rawValue, name.text])
            guard db.changesCount == 1 else { throw AccessError.noSuchUser(name.text) }
        }
    }

    public func grant(_ shops: [String], to name: UserName) async throws {
        try await write { db in
            guard try Self.exists(name, in: db) else { throw AccessError.noSuchUser(name.text) }
            try Self.insertGrants(shops, of: name, in: db)
        }
    }

    public func revoke(_ shops: [String], from name: UserName) async throws {
        try await write { db in
            guard try Self.exists(name, in: db) else { throw AccessError.noSuchUser(name.text) }
            for shop in shops {
                try db.execute(sql: "DELETE FROM user_grants WHERE user = ? AND shop = ?", arguments: [name.text, shop])
            }
        }
    }

    public func removeUser(_ name: UserName) async throws {
        try await write { db in
            // Grants go first: the file may be opened without foreign keys enforced.
            try db.execute(sql: "DELETE FROM user_grants WHERE user = ?", arguments: [name.text])
            try db.execute(sql: "DELETE FROM web_sessions WHERE user = ?", arguments: [name.text])
            try db.execute(sql: "DELETE FROM users WHERE name = ?", arguments: [name.text])
            guard db.changesCount == 1 else { throw AccessError.noSuchUser(name.text) }
        }
    }

    public func users() async throws -> [UserAccount] {
        try await read { db in
            let grants = try Row.fetchAll(db, sql: "SELECT user, shop FROM user_grants")
            let shops = Dictionary(grouping: grants, by: { $0["user"] as String }).mapValues { $0.map { $0["shop"] as String } }
            return try Row.fetchAll(db, sql: "SELECT \(Self.accountColumns) FROM users ORDER BY name").compactMap { row in
                Self.account(row, shops: shops[row["name"]] ?? [])
            }
        }
    }

    public func user(_ name: UserName) async throws -> UserAccount? {
        try await read { db in try Self.account(name, in: db) }
    }

    static func account(_ name: UserName, in db: Database) throws -> UserAccount? {
        guard let row = try Row.fetchOne(db, sql: "SELECT \(accountColumns) FROM users WHERE name = ?", arguments: [name.text]) else { return nil }
        let shops = try String.fetchAll(db, sql: "SELECT shop FROM user_grants WHERE user = ?", arguments: [name.text])
        return account(row, shops: shops)
    }

    private static let accountColumns = "name, role, spoken_name, language, created_at"


    public func passwordHash(of name: UserName) async throws -> String? {
        try await read { db in
            try String.fetchOne(db, sql: "SELECT password_hash FROM users WHERE name = ?", arguments: [name.text])
        }
    }

    private static func exists(_ name: UserName, in db: Database) throws -> Bool {
        try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM users WHERE name = ?)", arguments: [name.text]) ?? false
    }

    private static func insertGrants(_ shops: [String], of name: UserName, in db: Database) throws {
        for shop in Set(shops) {
            try db.execute(sql: "INSERT OR IGNORE INTO user_grants (user, shop) VALUES (?, ?)", arguments: [name.text, shop])
        }
    }

    /// A row written by another version may hold a role this one does not know: it is left out, not guessed.
    private static func account(_ row: Row, shops: [String]) -> UserAccount? {
        guard let name = try? UserName(parsing: row["name"]), let role = Role(rawValue: row["role"]) else { return nil }
        return UserAccount(
            name: name, role: role, spokenName: row["spoken_name"], language: (row["language"] as String?).flatMap(InterfaceLanguage.init(rawValue:)),
            shops: shops, createdAt: Date(timeIntervalSince1970: row["created_at"]))
    }
}
