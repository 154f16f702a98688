import Foundation
import ReglamentAccess
import ReglamentStore
import Testing

/// People in an SQLite file: what only a file shows (the conformance suites run on it in `StoreConformanceTests`).
struct SQLiteUserStoreTests {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("reglament-users-\(UUID().uuidString).sqlite").path
    var conformance: AccessStoreConformance {
        let path = self.path
        return AccessStoreConformance { try SQLiteCallStore(path: path) }
    }

    @Test func aReopenedFileKeepsItsPeopleTables() async throws {
        try await conformance.accountsKeepTheirRoleShopsAndPassword()
        // A reopened file still has the tables (the migration is recorded).
        #expect(try await SQLiteCallStore(path: path).users().isEmpty)
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
