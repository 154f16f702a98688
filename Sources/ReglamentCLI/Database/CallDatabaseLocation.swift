import Foundation
import ReglamentAccess
import ReglamentPostgres
import ReglamentStore
import ReglamentWeb

/// Where the call database is, as `--db` (or `REGLAMENT_DB`) names it: a
/// path or `sqlite:PATH` is an SQLite file (the default, one machine's);
/// `postgres://USER@HOST:PORT/DATABASE` is a PostgreSQL database, which
/// several servers may share. Read here, and only here, for every command.
enum CallDatabaseLocation: Equatable, CustomStringConvertible {
    case sqlite(path: String)
    case postgres(PostgresLocation)

    static let defaultPath = "reglament.sqlite"

    init(parsing text: String) throws(CommandFailure) {
        if PostgresLocation.isPostgresURL(text) {
            do {
                self = .postgres(try PostgresLocation(url: text))
            } catch {
                throw .badValue(option: "--db", value: Self.withoutPassword(text), expected: "a PostgreSQL URL: \(error.reason)")
            }
        } else if text.hasPrefix("sqlite:") {
            self = .sqlite(path: String(text.dropFirst("sqlite:".count)))
        } else if text.contains("://") {
            throw .badValue(option: "--db", value: Self.withoutPassword(text), expected: "a file (SQLite) or postgres://USER@HOST:PORT/DATABASE")
        } else {
            self = .sqlite(path: text)
        }
        if case .sqlite(let path) = self, path.isEmpty { throw .badValue(option: "--db", value: text, expected: "a file's path") }
    }

    var description: String {
        switch self {
        case .sqlite(let path): path
        case .postgres(let location): location.description
        }
    }

    /// The default place of the server's secret: beside an SQLite file; for
    /// PostgreSQL, `reglament.secret` here (every server over the database needs the same one).
    var secretPath: String {
        switch self {
        case .sqlite(let path): ServerSecret.path(besideDatabase: path)
        case .postgres: "reglament.secret"
        }
    }

    /// The store, as every command uses it. `creating`: an SQLite file may be
    /// made (a PostgreSQL database is made by its admin; its tables by this).
    func open(creating: Bool) async throws -> any CallDatabase {
        switch self {
        case .sqlite(let path):
            guard creating || FileManager.default.fileExists(atPath: path) else { throw CommandFailure.noDatabase(path: path) }
            return try SQLiteCallStore(path: path)
        case .postgres(let location):
            return try await PostgresCallStore(location)
        }
    }

    /// A password in a URL never reaches a message.
    private static func withoutPassword(_ text: String) -> String {
        guard var url = URLComponents(string: text), url.password != nil else { return text }
        url.password = nil
        return url.string ?? "the URL given"
    }
}

/// Everything a command may ask of the call database: what the web workspace asks (`WebStore`), both stores give.
typealias CallDatabase = WebStore
