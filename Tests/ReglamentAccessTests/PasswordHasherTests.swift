import ReglamentAccess
import Testing

/// Passwords as ASVS level 2 wants them, and what bcrypt alone gets wrong.
struct PasswordHasherTests {
    /// The lowest cost the hasher allows keeps the tests quick.
    static let hasher = PasswordHasher(secret: ServerSecret(bytes: Array(repeating: 7, count: ServerSecret.size)), cost: 10)

    @Test func longCyrillicPasswordsThatDifferOnlyInTheirLastLetterAreToldApart() throws {
        // 64 letters: 128 bytes of UTF-8, past bcrypt's 72.
        let first = String(repeating: "пароль", count: 10) + "абвг"
        let second = String(repeating: "пароль", count: 10) + "абвд"
        #expect(first.count == 64 && second.count == 64)
        let stored = try Self.hasher.hash(first)
        #expect(Self.hasher.verify(first, against: stored))
        #expect(!Self.hasher.verify(second, against: stored))
    }

    @Test func passwordsThatDifferAfterANulAreToldApart() throws {
        let stored = try Self.hasher.hash("начало\u{0}конец-1")
        #expect(!Self.hasher.verify("начало\u{0}конец-2", against: stored))
        #expect(Self.hasher.verify("начало\u{0}конец-1", against: stored))
    }

    @Test func theCostIsAtLeastTen() throws {
        let cheap = PasswordHasher(secret: ServerSecret(bytes: Array(repeating: 1, count: ServerSecret.size)), cost: 4)
        #expect(cheap.cost == 10)
        #expect(try cheap.hash("достаточно длинный").hasPrefix("$2b$10$"))
    }

    @Test func anotherSecretDoesNotVerify() throws {
        let stored = try Self.hasher.hash("правильный пароль")
        let other = PasswordHasher(secret: ServerSecret(bytes: Array(repeating: 8, count: ServerSecret.size)), cost: 10)
        #expect(!other.verify("правильный пароль", against: stored))
    }

    @Test func theLengthRulesCountCharactersNotBytes() throws {
        #expect(throws: AccessError.passwordTooShort(8)) { try Self.hasher.hash("семь123") }
        _ = try Self.hasher.hash("восемь12")
        _ = try Self.hasher.hash(String(repeating: "я", count: 128))
        #expect(throws: AccessError.passwordTooLong(128)) { try Self.hasher.hash(String(repeating: "я", count: 129)) }
    }

    @Test func userNames() throws {
        #expect(try UserName(parsing: "olga.k").text == "olga.k")
        for bad in ["", "Olga", "ольга", "-olga", "olga k", String(repeating: "a", count: 65)] {
            #expect(throws: AccessError.badUserName(bad)) { try UserName(parsing: bad) }
        }
    }
}
