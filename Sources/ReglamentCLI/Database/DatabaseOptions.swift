import ArgumentParser
import Foundation

/// `--db`, shared by every command that reads or writes the call database.
struct DatabaseOptions: ParsableArguments {
    @Option(
        name: .customLong("db"),
        help: ArgumentHelp(
            "The call database: a file (SQLite; or sqlite:PATH) or postgres://USER@HOST:PORT/DATABASE (default: $REGLAMENT_DB, else reglament.sqlite).",
            valueName: "PATH|URL"))
    var text: String?

    /// What `--db` says, else `REGLAMENT_DB`, else the default file.
    var given: String {
        text ?? ProcessInfo.processInfo.environment["REGLAMENT_DB"].flatMap { $0.isEmpty ? nil : $0 } ?? CallDatabaseLocation.defaultPath
    }

    /// A bad URL is a usage error (exit 2) with one line saying why, when the command runs.
    func location() throws(CommandFailure) -> CallDatabaseLocation {
        try CallDatabaseLocation(parsing: given)
    }

    func open(creating: Bool = false) async throws -> any CallDatabase {
        try await location().open(creating: creating)
    }
}
