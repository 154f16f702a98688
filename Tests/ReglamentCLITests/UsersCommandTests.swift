import Foundation
import ReglamentTestSupport
import Testing

/// `reglament users …` on a real call database, as the admin types it.
@Suite struct UsersCommandTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("reglament-users-\(UUID().uuidString)")
    var db: String { folder.appendingPathComponent("calls.sqlite").path }

    init() throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    func users(_ arguments: [String], input: String? = nil) throws -> ChildProcess.Output {
        try ChildProcess.run(
            ReglamentProcess.executable.path, ["users"] + arguments + ["--db", db],
            environment: ReglamentProcess.environment, input: input.map { Data(($0 + "\n").utf8) })
    }

    @Test func theFirstAdminIsMadeOnANewDatabaseWithAPasswordShownOnce() throws {
        let added = try users(["add", "anna", "--role", "admin"])
        #expect(added.status == 0, "\(added.stderr)")
        let password = try #require(added.stdout.split(separator: "\n").last?.split(separator: " ").last)
        #expect(password.count == 20)
        // The secret is beside the database, readable by its owner only.
        let secret = try FileManager.default.attributesOfItem(atPath: db + ".secret")
        #expect((secret[.posixPermissions] as? Int) == 0o600)
        #expect((secret[.size] as? Int) == 32)
        // Listed with its role, never the password or its hash.
        let listed = try users(["list"])
        #expect(listed.stdout == "anna\tadmin\tall shops\n")
        #expect(!listed.stdout.contains(String(password)) && !listed.stdout.contains("$2b$"))
    }

    @Test func grantsRevokesAndRemovals() throws {
        #expect(try users(["add", "olga", "--role", "operator", "--spoken-name", "Ольга", "--shop", "uyut", "--shop", "bdom"]).status == 0)
        #expect(try users(["add", "katya", "--role", "owner", "--shop", "uyut", "--password-stdin"], input: "пароль владелицы лавки").status == 0)
        #expect(try users(["grant", "olga", "hifi"]).status == 0)
        #expect(try users(["revoke", "olga", "bdom"]).status == 0)
        #expect(try users(["list"]).stdout == "katya\towner\tuyut\nolga\toperator\thifi,uyut\n")
        #expect(try users(["remove", "olga"]).status == 0)
        #expect(try users(["list"]).stdout == "katya\towner\tuyut\n")
    }

    @Test func refusalsNameWhatIsWrongAndChangeNothing() throws {
        #expect(try users(["add", "olga", "--role", "operator", "--spoken-name", "Ольга", "--shop", "uyut"]).status == 0)
        let cases: [([String], String?, String)] = [
            (["add", "olga", "--role", "auditor", "--shop", "uyut"], nil, "a user 'olga' already exists"),
            (["add", "ivan", "--role", "operator"], nil, "give at least one --shop"),
            (["add", "ivan", "--role", "operator", "--shop", "uyut"], nil, "give it with --spoken-name"),
            (["add", "ivan", "--role", "operator", "--shop", "uyut", "--spoken-name", "  "], nil, "give it with --spoken-name"),
            (["add", "Ivan", "--role", "admin"], nil, "'Ivan' is not a user name"),
            (["add", "ivan", "--role", "boss", "--shop", "uyut"], nil, "'boss'"),
            (["passwd", "olga", "--password-stdin"], "коротко", "shorter than 8 characters"),
            (["passwd", "nobody"], nil, "there is no user 'nobody'"),
            (["grant", "nobody", "uyut"], nil, "there is no user 'nobody'"),
            (["remove", "nobody"], nil, "there is no user 'nobody'"),
        ]
        for (arguments, input, message) in cases {
            let result = try users(arguments, input: input)
            #expect(result.status == 2, "\(arguments): \(result.stdout)\(result.stderr)")
            #expect(result.stderr.contains(message), "\(arguments): \(result.stderr)")
        }
        #expect(try users(["list"]).stdout == "olga\toperator\tuyut\n")
    }

    @Test func commandsOtherThanAddNeedTheDatabase() throws {
        let result = try users(["list"])
        #expect(result.status == 2 && result.stderr.contains("no call database"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: db))
    }
}
