import GRDB
import ReglamentRun

extension StoreError {
    /// SQLite's error as the operator reads it: the file and what went
    /// wrong. GRDB's own description carries the statement, which is left out.
    init(_ error: DatabaseError, path: String, busySeconds: Int) {
        switch error.resultCode {
        case .SQLITE_CORRUPT: self = .damaged(path: path, finding: "it is damaged (\(error.message ?? "database disk image is malformed"))")
        case .SQLITE_NOTADB: self = .damaged(path: path, finding: "it is not an SQLite database (or its first page is damaged)")
        case .SQLITE_BUSY, .SQLITE_LOCKED: self = .busy(path: path, seconds: busySeconds)
        case .SQLITE_FULL: self = .failed(path: path, reason: "the disk is full")
        case .SQLITE_READONLY: self = .failed(path: path, reason: "it cannot be written (a read-only file or folder)")
        case .SQLITE_CANTOPEN: self = .cannotOpen(path: path, reason: "no such folder, or no permission")
        case .SQLITE_PERM, .SQLITE_AUTH: self = .failed(path: path, reason: "no permission")
        case .SQLITE_IOERR: self = .failed(path: path, reason: "the disk could not be read or written (input/output error)")
        case .SQLITE_NOMEM: self = .failed(path: path, reason: "out of memory")
        // SQLite's own message names the rule or the table, never a value or the statement.
        default: self = .failed(path: path, reason: error.message ?? "SQLite error \(error.resultCode.rawValue)")
        }
    }
}
