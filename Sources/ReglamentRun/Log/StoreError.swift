/// Why the store refused or failed; says what and where, never a value of
/// a call, and never the SQL that failed (the operator can do nothing with it).
public enum StoreError: Error, Sendable, Equatable, CustomStringConvertible {
    case cannotOpen(path: String, reason: String)
    /// Damaged, or not an SQLite database at all: refused before any call is taken on it.
    case damaged(path: String, finding: String)
    /// Another process held the file's write lock for longer than the store waits (PostgreSQL: a lock or statement timeout).
    case busy(path: String, seconds: Int)
    /// Any other failure of the database, by what its result code (SQLite) or SQLSTATE (PostgreSQL) means.
    case failed(path: String, reason: String)
    case unknownCall(String)
    case callAlreadyEnded(String)
    case outOfOrder(call: String, expected: Int, got: Int)
    case unknownMail(Int64)
    /// A log is copied only into a database that holds none yet (`reglament db copy`).
    case notEmpty(path: String, table: String)

    public var description: String {
        switch self {
        case .cannotOpen(let path, let reason): "cannot open the call database '\(path)': \(reason)"
        case .damaged(let path, let finding):
            "cannot use the call database '\(path)': \(finding). Restore it from a backup, or save what it still holds "
                + "with `sqlite3 '\(path)' .recover | sqlite3 recovered.sqlite` and use --db recovered.sqlite"
        case .busy(let path, let seconds):
            "the call database '\(path)' stayed locked by another process for \(seconds) s; try again, or look for a reglament that is stuck"
        case .failed(let path, let reason): "the call database '\(path)' failed: \(reason)"
        case .unknownCall(let reference): "no call '\(reference)' in the call database"
        case .callAlreadyEnded(let reference): "call '\(reference)' has already ended; a call has exactly one outcome"
        case .outOfOrder(let call, let expected, let got):
            "event \(got) of call '\(call)' is out of order: the log expects event \(expected) (two runners on one call?)"
        case .unknownMail(let id): "no mail \(id) in the outbox"
        case .notEmpty(let path, let table): "the call database '\(path)' already holds \(table): a log is copied only into an empty one"
        }
    }
}
