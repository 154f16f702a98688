import Foundation
import ReglamentAccess
import ReglamentStore
import Testing

/// People and grants in the call database, and a password checked against what is stored.
struct SQLiteUserStoreTests {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("reglament-users-\(UUID().uuidString).sqlite").path
    let hasher = PasswordHasher(secret: ServerSecret(bytes: Array(repeating: 3, count: ServerSecret.size)), cost: 10)

    @Test func accountsKeepTheirRoleShopsAndPassword() async throws {
        let store = try SQLiteCallStore(path: path)
        let olga = try UserName(parsing: "olga")
        try await store.addUser(olga, role: .operator, spokenName: "Ольга", passwordHash: try hasher.hash("первый пароль"), shops: ["uyut", "bdom", "uyut"], at: Date())
        let account = try #require(try await store.user(olga))
        #expect(account.role == .operator && account.shops == ["bdom", "uyut"])
        #expect(account.mayWork(in: "uyut") && !account.mayWork(in: "hifi"))

        let stored = try #require(try await store.passwordHash(of: olga))
        #expect(hasher.verify("первый пароль", against: stored))
        try await store.setPasswordHash(try hasher.hash("второй пароль"), of: olga)
        let changed = try #require(try await store.passwordHash(of: olga))
        #expect(hasher.verify("второй пароль", against: changed) && !hasher.verify("первый пароль", against: changed))

        await #expect(throws: AccessError.userExists("olga")) {
            try await store.addUser(olga, role: .admin, spokenName: nil, passwordHash: "x", shops: [], at: Date())
        }
        try await store.removeUser(olga)
        #expect(try await store.users().isEmpty)
        #expect(try await store.passwordHash(of: olga) == nil)
        // A reopened file still has the tables (the migration is recorded).
        #expect(try await SQLiteCallStore(path: path).users().isEmpty)
    }

    @Test func aSessionIsFoundWithItsPersonAndTheirLanguage() async throws {
        let store = try SQLiteCallStore(path: path)
        let olga = try UserName(parsing: "olga")
        try await store.addUser(olga, role: .operator, spokenName: "Ольга", passwordHash: "x", shops: ["uyut"], at: Date())
        try await store.setLanguage(.english, of: olga)
        let second = Date(timeIntervalSince1970: 1_795_000_000)
        let session = WebSession(idHash: SessionToken.hash("id"), user: olga, csrfToken: "t", createdAt: second, lastSeenAt: second)
        try await store.createSession(session)

        let found = try #require(try await store.signedIn(idHash: session.idHash))
        #expect(found.session == session)
        #expect(found.user?.language == .english && found.user?.shops == ["uyut"] && found.user?.spokenName == "Ольга")
        try await store.setLanguage(nil, of: olga)
        #expect(try await store.user(olga)?.language == nil)
        #expect(try await store.signedIn(idHash: SessionToken.hash("other")) == nil)
        await #expect(throws: AccessError.noSuchUser("ivan")) { try await store.setLanguage(.russian, of: try UserName(parsing: "ivan")) }
    }

    @Test func aLocaleNamesItsInterfaceLanguage() {
        #expect(InterfaceLanguage(locale: "ru-RU") == .russian && InterfaceLanguage(locale: "en_GB") == .english)
        #expect(InterfaceLanguage(locale: "EN") == .english && InterfaceLanguage(locale: "kk-KZ") == nil)
    }

    @Test func anAdminWorksInEveryShop() {
        let admin = UserAccount(name: try! UserName(parsing: "anna"), role: .admin, shops: [], createdAt: Date())
        #expect(admin.mayWork(in: "any-shop"))
    }
}
