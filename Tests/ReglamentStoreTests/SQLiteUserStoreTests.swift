import Foundation
import ReglamentAccess
import ReglamentStore
import Testing

/// People, grants, sessions and tokens in the call database (the conformance suite), and what only a file shows.
struct SQLiteUserStoreTests {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("reglament-users-\(UUID().uuidString).sqlite").path
    var conformance: AccessStoreConformance {
        let path = self.path
        return AccessStoreConformance { try SQLiteCallStore(path: path) }
    }

    @Test func accountsKeepTheirRoleShopsAndPassword() async throws {
        try await conformance.accountsKeepTheirRoleShopsAndPassword()
        // A reopened file still has the tables (the migration is recorded).
        #expect(try await SQLiteCallStore(path: path).users().isEmpty)
    }

    @Test func grantsRevokesAndSpokenNames() async throws { try await conformance.grantsRevokesAndSpokenNames() }
    @Test func sessionsLiveTouchAndEnd() async throws { try await conformance.sessionsLiveTouchAndEnd() }
    @Test func tokensAreKeptByHashAndRevoked() async throws { try await conformance.tokensAreKeptByHashAndRevoked() }
    @Test func aSessionIsFoundWithItsPersonAndTheirLanguage() async throws { try await conformance.aSessionIsFoundWithItsPersonAndTheirLanguage() }

    @Test func aLocaleNamesItsInterfaceLanguage() {
        #expect(InterfaceLanguage(locale: "ru-RU") == .russian && InterfaceLanguage(locale: "en_GB") == .english)
        #expect(InterfaceLanguage(locale: "EN") == .english && InterfaceLanguage(locale: "kk-KZ") == nil)
    }

    @Test func anAdminWorksInEveryShop() {
        let admin = UserAccount(name: try! UserName(parsing: "anna"), role: .admin, shops: [], createdAt: Date())
        #expect(admin.mayWork(in: "any-shop"))
    }
}
