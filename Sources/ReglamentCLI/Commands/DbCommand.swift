import ArgumentParser
import Foundation
import ReglamentPostgres
import ReglamentRun
import ReglamentStore

/// `reglament db copy --from PATH --to postgres://…`: an SQLite call log
/// moved to PostgreSQL, for a call center that grows to several servers.
struct DbCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "db",
        abstract: "The call database itself: copy an SQLite log to PostgreSQL.",
        subcommands: [Copy.self]
    )

    struct Copy: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Copy an SQLite call log into an empty PostgreSQL database, checked by counts.",
            discussion: """
                Copies calls, events, orders, messages, confirmation attempts, the outbox (with each mail's state), \\
                people and their grants, the owners' marks, API tokens and screen pops, in one transaction; web \\
                sessions and who drives a call are not copied (people log in again). The SQLite file is only read. \\
                Each table's rows are counted in both afterwards; any difference is an error (exit 1).
                """
        )

        @Option(help: ArgumentHelp("The SQLite call database to copy.", valueName: "PATH"))
        var from: String

        @Option(help: ArgumentHelp("The PostgreSQL database to copy into (its tables are made; it must hold no calls yet).", valueName: "URL"))
        var to: String

        func run() async throws {
            guard case .sqlite(let path) = try CallDatabaseLocation(parsing: from) else {
                throw CommandFailure.badValue(option: "--from", value: from, expected: "an SQLite file")
            }
            guard case .postgres(let target) = try CallDatabaseLocation(parsing: to) else {
                throw CommandFailure.badValue(option: "--to", value: to, expected: "postgres://USER@HOST:PORT/DATABASE")
            }
            guard FileManager.default.fileExists(atPath: path) else { throw CommandFailure.noDatabase(path: path) }
            let source = try SQLiteCallStore(path: path)
            let store = try await PostgresCallStore(target)
            let copied = try await store.importLog(from: source)
            var differences: [String] = []
            for (table, (_, count)) in zip(CallLogCopy.tables, copied) {
                let expected = try await source.count(of: table)
                print("\(table.name)\t\(count)")
                if count != expected { differences.append("\(table.name): \(expected) in '\(path)', \(count) in \(target)") }
            }
            guard differences.isEmpty else {
                FileHandle.standardError.write(Data(("reglament: the copy differs: " + differences.joined(separator: "; ") + "\n").utf8))
                throw CommandFailure.problemsFound
            }
            print("copied '\(path)' to \(target); every table has the same number of rows in both")
        }
    }
}
