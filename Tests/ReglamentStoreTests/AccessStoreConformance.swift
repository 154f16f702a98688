import Foundation
import ReglamentAccess
import Testing

/// What every store of people, sessions and API tokens must do, written
/// once; each store's suite runs these against a fresh store of its own.
struct AccessStoreConformance: Sendable {
    typealias Store = UserStore & SessionStore & APITokenStore
    let makeStore: @Sendable () async throws -> any Store
    let hasher = PasswordHasher(secret: ServerSecret(bytes: Array(repeating: 3, count: ServerSecret.size)), cost: 10)
    let noon = Date(timeIntervalSince1970: 1_795_000_000)

    func accountsKeepTheirRoleShopsAndPassword() async throws {
        let store = try await makeStore()
        let olga = try UserName(parsing: "olga")
        try await store.addUser(olga, role: .operator, spokenName: "Ольга", passwordHash: try hasher.hash("первый пароль"), shops: ["uyut", "bdom", "uyut"], at: noon)
        let account = try #require(try await store.user(olga))
        #expect(account.role == .operator && account.shops == ["bdom", "uyut"] && account.spokenName == "Ольга" && account.createdAt == noon)
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
        await #expect(throws: AccessError.noSuchUser("olga")) { try await store.removeUser(olga) }
    }

    func grantsRevokesAndSpokenNames() async throws {
        let store = try await makeStore()
        let anna = try UserName(parsing: "anna"), boris = try UserName(parsing: "boris")
        try await store.addUser(boris, role: .owner, spokenName: nil, passwordHash: "h", shops: ["uyut"], at: noon)
        try await store.addUser(anna, role: .operator, spokenName: nil, passwordHash: "h", shops: [], at: noon)
        try await store.grant(["hifi", "uyut"], to: anna)
        try await store.grant(["uyut"], to: anna)
        try await store.revoke(["hifi"], from: anna)
        try await store.setSpokenName("Анна", of: anna)
        #expect(try await store.users().map(\.name) == [anna, boris], "by name")
        let account = try await store.user(anna)
        #expect(account?.shops == ["uyut"] && account?.spokenName == "Анна")
        await #expect(throws: AccessError.noSuchUser("nobody")) { try await store.grant(["uyut"], to: try UserName(parsing: "nobody")) }
        await #expect(throws: AccessError.noSuchUser("nobody")) { try await store.setSpokenName("X", of: try UserName(parsing: "nobody")) }
    }

    func sessionsLiveTouchAndEnd() async throws {
        let store = try await makeStore()
        let olga = try UserName(parsing: "olga")
        try await store.addUser(olga, role: .operator, spokenName: "Ольга", passwordHash: "h", shops: ["uyut"], at: noon)
        let session = WebSession(idHash: SessionToken.hash("a"), user: olga, csrfToken: "csrf", createdAt: noon, lastSeenAt: noon)
        let other = WebSession(idHash: SessionToken.hash("b"), user: olga, csrfToken: "csrf2", createdAt: noon, lastSeenAt: noon)
        try await store.createSession(session)
        try await store.createSession(other)
        #expect(try await store.signedIn(idHash: session.idHash)?.session == session)
        try await store.touchSession(idHash: session.idHash, at: noon.addingTimeInterval(90))
        #expect(try await store.signedIn(idHash: session.idHash)?.session.lastSeenAt == noon.addingTimeInterval(90))
        try await store.deleteSession(idHash: session.idHash)
        #expect(try await store.signedIn(idHash: session.idHash) == nil)
        #expect(try await store.signedIn(idHash: other.idHash) != nil)
        try await store.setPasswordHash("new", of: olga)
        #expect(try await store.signedIn(idHash: other.idHash) == nil, "a new password ends every session")
        try await store.createSession(session)
        try await store.deleteSessions(of: olga)
        #expect(try await store.signedIn(idHash: session.idHash) == nil)
    }

    func aSessionIsFoundWithItsPersonAndTheirLanguage() async throws {
        let store = try await makeStore()
        let olga = try UserName(parsing: "olga")
        try await store.addUser(olga, role: .operator, spokenName: "Ольга", passwordHash: "x", shops: ["uyut"], at: Date())
        try await store.setLanguage(.english, of: olga)
        let session = WebSession(idHash: SessionToken.hash("id"), user: olga, csrfToken: "t", createdAt: noon, lastSeenAt: noon)
        try await store.createSession(session)

        let found = try #require(try await store.signedIn(idHash: session.idHash))
        #expect(found.session == session)
        #expect(found.user?.language == .english && found.user?.shops == ["uyut"] && found.user?.spokenName == "Ольга")
        try await store.setLanguage(nil, of: olga)
        #expect(try await store.user(olga)?.language == nil)
        #expect(try await store.signedIn(idHash: SessionToken.hash("other")) == nil)
        await #expect(throws: AccessError.noSuchUser("ivan")) { try await store.setLanguage(.russian, of: try UserName(parsing: "ivan")) }
    }

    func tokensAreKeptByHashAndRevoked() async throws {
        let store = try await makeStore()
        let token = APIToken(id: "abc", label: "АТС, офис 1", createdAt: noon)
        try await store.addToken(token, hash: "hash-abc")
        let stored = try await store.tokenHash(id: "abc")
        #expect(stored?.hash == "hash-abc" && stored?.revoked == false)
        #expect(try await store.tokens() == [token])
        #expect(try await store.revokeToken(id: "abc", at: noon.addingTimeInterval(5)))
        #expect(try await store.revokeToken(id: "abc", at: noon.addingTimeInterval(6)) == false, "once")
        #expect(try await store.revokeToken(id: "nope", at: noon) == false)
        #expect(try await store.tokenHash(id: "abc")?.revoked == true)
        #expect(try await store.tokens().first?.revokedAt == noon.addingTimeInterval(5))
        #expect(try await store.tokenHash(id: "nope") == nil)
    }
}
