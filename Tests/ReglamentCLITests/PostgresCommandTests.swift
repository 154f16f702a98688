import Foundation
import ReglamentTestSupport
import Testing

/// The commands on PostgreSQL (`--db postgres://…`, the throw-away cluster's
/// databases): the same generated calls give the same audit as on SQLite,
/// `db copy` moves a log without loss, and a bad URL is one clear line.
@Suite(.serialized) struct PostgresCommandTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("reglament-pg-cli-\(UUID().uuidString)")
    var sqlite: String { folder.appendingPathComponent("calls.sqlite").path }
    static let regulation = "Regulations/uyut-lavka/regulation.yaml"

    init() throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    func generate(into db: String, calls: Int = 60) throws {
        let generated = try ReglamentProcess.run([
            "audit", Self.regulation, "--db", db, "--generate", "\(calls)", "--seed", "11", "--since", "2026-11-02", "--until", "2026-11-08",
        ])
        #expect(generated.status == 0, "\(generated.stderr)")
        #expect(generated.stdout.hasPrefix("recorded \(calls) calls"), "\(generated.stdout)")
    }

    func auditJSON(_ db: String) throws -> String {
        let audit = try ReglamentProcess.run(["audit", Self.regulation, "--db", db, "--format", "json"])
        #expect(audit.status == 0, "\(audit.stderr)")
        return audit.stdout
    }

    /// The same calls recorded into both stores: the audit says the same, figure for figure.
    @Test func theAuditOfTheSameCallsIsTheSameOnBothStores() async throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let postgres = try await PostgresCluster.shared.newDatabase()
        try generate(into: sqlite)
        try generate(into: postgres)
        let onSQLite = try auditJSON(sqlite), onPostgres = try auditJSON(postgres)
        #expect(onSQLite.contains("\"total\" : 60"), "\(onSQLite.prefix(400))")
        #expect(onSQLite == onPostgres, "first difference near: \(Self.firstDifference(onSQLite, onPostgres))")
    }

    /// An SQLite log with people, a token and mail moved to PostgreSQL: every table's count, and the audit, the same.
    @Test func aCopiedLogLosesNothing() async throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try generate(into: sqlite)
        let user = try ChildProcess.run(
            ReglamentProcess.executable.path, ["users", "add", "olga", "--role", "operator", "--spoken-name", "Ольга", "--shop", "uyut", "--db", sqlite],
            environment: ReglamentProcess.environment)
        #expect(user.status == 0, "\(user.stderr)")
        #expect(try ReglamentProcess.run(["tokens", "add", "АТС", "--db", sqlite]).status == 0)
        let postgres = try await PostgresCluster.shared.newDatabase()
        let copied = try ReglamentProcess.run(["db", "copy", "--from", sqlite, "--to", postgres])
        #expect(copied.status == 0, "\(copied.stderr)")
        #expect(copied.stdout.contains("users\t1\n") && copied.stdout.contains("api_tokens\t1\n"), "\(copied.stdout)")
        #expect(copied.stdout.contains("every table has the same number of rows in both"))
        #expect(try auditJSON(postgres) == auditJSON(sqlite))
        let outbox = try ReglamentProcess.run(["outbox", "list", "--db", postgres])
        let outboxOnSQLite = try ReglamentProcess.run(["outbox", "list", "--db", sqlite])
        #expect(outbox.status == 0 && outbox.stdout == outboxOnSQLite.stdout, "\(outbox.stderr)")
        let listed = try ChildProcess.run(
            ReglamentProcess.executable.path, ["users", "list", "--db", postgres, "--secret", sqlite + ".secret"],
            environment: ReglamentProcess.environment)
        #expect(listed.stdout == "olga\toperator\tuyut\n", "\(listed.stderr)")
        // New calls on the copy go on from the copied numbers.
        try generate(into: postgres, calls: 5)
        let again = try ReglamentProcess.run(["db", "copy", "--from", sqlite, "--to", postgres])
        #expect(again.status != 0 && again.stderr.contains("already holds calls"), "\(again.stderr)")
    }

    /// A URL that is not one, or a server that is not there: one line naming it (never the password), no stack trace.
    @Test func badURLsAndAbsentServersAreOneClearLine() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let cases: [([String], String)] = [
            (["outbox", "list", "--db", "postgres://db.example/calls"], "no user"),
            (["tokens", "list", "--db", "postgres://olga:secret@db.example/"], "no database name"),
            (["audit", Self.regulation, "--db", "mysql://olga@db.example/calls"], "a file (SQLite) or postgres://"),
            (["users", "list", "--db", "postgres://olga:secret@127.0.0.1:1/calls"], "no PostgreSQL answers there"),
        ]
        for (arguments, message) in cases {
            let result = try ReglamentProcess.run(arguments)
            #expect(result.status == 2, "\(arguments): \(result.status) \(result.stderr)")
            #expect(result.stderr.contains(message), "\(arguments): \(result.stderr)")
            #expect(!result.stderr.contains("secret") && !result.stderr.contains("Fatal error") && result.stderr.split(separator: "\n").count == 1,
                    "\(arguments): \(result.stderr)")
        }
    }

    static func firstDifference(_ a: String, _ b: String) -> String {
        let index = zip(a, b).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, b.count)
        return String(a.dropFirst(max(0, index - 200)).prefix(400)) + "\n≠\n" + String(b.dropFirst(max(0, index - 200)).prefix(400))
    }
}
