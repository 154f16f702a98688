import Foundation
import ReglamentTestSupport
import Testing

/// The call database as the commands meet it: a damaged file, a file that
/// is no database at all, and processes started together on a new file.
@Suite(.serialized) struct CallDatabaseFileTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("reglament-dbfile-\(UUID().uuidString)")
    var database: String { folder.appendingPathComponent("calls.sqlite").path }
    static let regulation = RunCommandTests.regulation

    enum Damage: String, CaseIterable, CustomTestStringConvertible {
        case pagesOverwritten, textFile, randomBytes
        var testDescription: String { rawValue }
    }

    func prepare(_ damage: Damage) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        switch damage {
        case .pagesOverwritten:
            let generated = try ReglamentProcess.run(["audit", Self.regulation, "--db", database, "--generate", "100", "--since", "2026-11-02"])
            #expect(generated.status == 0, "\(generated.stderr)")
            try DamagedDatabase.damage(database)
        case .textFile:
            try "calls: a note, not a database\n".write(toFile: database, atomically: true, encoding: .utf8)
        case .randomBytes:
            try Data((0..<20_000).map { UInt8(truncatingIfNeeded: $0 &* 131 &+ 7) }).write(to: URL(fileURLWithPath: database))
        }
    }

    /// Every command that opens the file refuses it at once: not zero, the
    /// file named with what to do, and no SQL.
    @Test(arguments: Damage.allCases)
    func aDamagedDatabaseIsRefusedByEveryCommand(damage: Damage) throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try prepare(damage)
        let answers = folder.appendingPathComponent("night.answers")
        try (MailCommandTests.nightMessage.joined(separator: "\n") + "\n").write(to: answers, atomically: true, encoding: .utf8)
        let commands = [
            ["run", Self.regulation, "--db", database, "--now", "2026-11-25T22:40:00+03:00", "--postal", "630099", "--answers", answers.path],
            ["audit", Self.regulation, "--db", database],
            ["outbox", "list", "--db", database],
            ["outbox", "send", "--db", database, "--mail", "dir:\(folder.appendingPathComponent("mail").path)"],
        ]
        for command in commands {
            let result = try ReglamentProcess.run(command)
            let said = result.combined
            #expect(result.status != 0, "\(command[0...1]) exited 0 on a damaged file: \(said.suffix(400))")
            #expect(result.stderr.contains("call database '\(database)'") && result.stderr.contains(".recover"), "\(command[0...1]): \(said.suffix(400))")
            for sql in ["INSERT", "SELECT", "while executing", "SQLite error"] {
                #expect(!said.contains(sql), "\(command[0...1]) shows SQL: \(said.suffix(400))")
            }
            #expect(!said.contains("СООБЩЕНИЕ ПЕРЕДАНО"), "no call is taken on it")
        }
    }

    /// Processes started together on a new, empty file: each waits for the
    /// one making the tables, none fails, and the tables are complete.
    @Test func commandsStartedTogetherOnANewFileAllSucceed() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for trial in 0..<20 {
            let path = folder.appendingPathComponent("new-\(trial).sqlite").path
            // `outbox list` wants the file to exist; an empty one is a new database.
            #expect(FileManager.default.createFile(atPath: path, contents: nil))
            let processes = try (0..<4).map { _ in try ReglamentProcess.start(["outbox", "list", "--db", path]) }
            for result in try processes.map({ try $0.finish(timeout: .seconds(60)) }) {
                #expect(result.status == 0 && result.stdout.contains("The outbox is empty."), "trial \(trial): \(result.combined)")
            }
            try expectCompleteSchema(path, trial: trial)
        }
    }

    /// Operators' runners started together where no file is yet: each takes its call.
    @Test func runnersStartedTogetherOnAMissingFileAllTakeTheirCalls() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let answers = folder.appendingPathComponent("night.answers")
        try (MailCommandTests.nightMessage.joined(separator: "\n") + "\n").write(to: answers, atomically: true, encoding: .utf8)
        for trial in 0..<5 {
            let path = folder.appendingPathComponent("runners-\(trial).sqlite").path
            let processes = try (0..<3).map { _ in
                try ReglamentProcess.start([
                    "run", Self.regulation, "--db", path, "--now", "2026-11-25T22:40:00+03:00", "--postal", "630099", "--answers", answers.path,
                ])
            }
            for result in try processes.map({ try $0.finish(timeout: .seconds(120)) }) {
                #expect(result.status == 0 && result.stdout.contains("СООБЩЕНИЕ ПЕРЕДАНО"), "trial \(trial): \(result.stderr)")
            }
            try expectCompleteSchema(path, trial: trial)
        }
    }

    func expectCompleteSchema(_ path: String, trial: Int) throws {
        let schema = try Python.run("""
            import sqlite3, sys
            db = sqlite3.connect(sys.argv[1])
            print(",".join(row[0] for row in db.execute("SELECT identifier FROM grdb_migrations ORDER BY identifier")))
            print(",".join(sorted(row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"))))
            print(",".join(row[1] for row in db.execute("PRAGMA table_info(outbox)")))
            """, arguments: [path])
        let lines = schema.output.split(separator: "\n").map(String.init)
        #expect(schema.status == 0 && lines.count == 3, "trial \(trial): \(schema.output)")
        guard lines.count == 3 else { return }
        #expect(lines[0] == "v1-calls,v2-outbox,v3-audit-indexes,v4-order-item-classes,v5-outbox-uncertain-handovers,v6-users,v7-web-workspace,v8-screen-pops,v9-interface-language", "trial \(trial): \(lines[0])")
        for name in ["calls", "call_events", "calls_by_shop_start", "outbox", "outbox_due", "orders", "messages", "confirmation_attempts"] {
            #expect(lines[1].split(separator: ",").contains(Substring(name)), "trial \(trial): no \(name) in \(lines[1])")
        }
        #expect(lines[2].contains("uncertain_handovers"), "trial \(trial): \(lines[2])")
    }
}
