import Foundation
import ReglamentAccess
import Testing

/// The secret file: made once with mode 0600, then read as it is; a file that is not one is refused by name.
struct ServerSecretTests {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("reglament-secret-\(UUID().uuidString)").path

    @Test func madeOnceOwnerOnlyAndThenReadAsItIs() throws {
        let first = PasswordHasher(secret: try ServerSecret.load(orCreateAt: path), cost: 10)
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        let stored = try first.hash("пароль оператора")
        // Loaded again: the same secret, so the stored hash still verifies.
        let again = PasswordHasher(secret: try ServerSecret.load(orCreateAt: path), cost: 10)
        #expect(again.verify("пароль оператора", against: stored))
    }

    @Test func aFileOfAnotherSizeIsRefusedByName() throws {
        try Data("short".utf8).write(to: URL(fileURLWithPath: path))
        #expect(throws: AccessError.badSecret(path: path, reason: "it holds 5 bytes, not 32")) {
            try ServerSecret.load(orCreateAt: path)
        }
    }
}
