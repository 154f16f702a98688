import Dispatch
import Foundation
import GRDB
import ReglamentRun

/// A look over an existing call database before anything is written to it
/// (`PRAGMA quick_check`): a damaged file, or one that is no database at
/// all, is refused at once with its name, instead of failing at a call's
/// last step with the call left open.
///
/// The check reads the whole file, at about 150 MB a second (a 73 MB log
/// of 483,000 events: 0.5 s); it is stopped after `timeLimit`, so a very
/// large log opens with its check unfinished, and damage there is reported
/// (with the file's name) when a read or a write meets it.
enum IntegrityCheck {
    static let timeLimit: Duration = .seconds(2)

    /// Throws `DatabaseError` for a file SQLite cannot read at all, `StoreError.damaged` for what the check finds.
    static func run(path: String, configuration: Configuration = Configuration(), limit: Duration = timeLimit) throws {
        let size = (try? URL(fileURLWithPath: path).resourceValues(forKeys: [.fileSizeKey]).fileSize) ?? 0
        // A new file (or an empty one, which SQLite takes as an empty database) has nothing to check.
        guard size > 0 else { return }
        let checker = try DatabaseQueue(path: path, configuration: configuration)
        // Weak: the connection closes when the check returns, not when the timer would have fired.
        let stop = DispatchWorkItem { [weak checker] in checker?.interrupt() }
        let seconds = Double(limit.components.seconds) + Double(limit.components.attoseconds) / 1e18
        DispatchQueue.global().asyncAfter(deadline: .now() + seconds, execute: stop)
        defer { stop.cancel() }
        let findings: [String]
        do {
            findings = try checker.read { db in try String.fetchAll(db, sql: "PRAGMA quick_check(3)") }
        } catch let error as DatabaseError where error.resultCode == .SQLITE_INTERRUPT {
            return
        }
        guard findings != ["ok"] else { return }
        let finding = findings.joined(separator: "; ").replacingOccurrences(of: "*** in database main ***", with: "")
            .split(whereSeparator: \.isNewline).joined(separator: " ").trimmingCharacters(in: .whitespaces)
        throw StoreError.damaged(path: path, finding: "it is damaged (SQLite's check: \(finding.prefix(200)))")
    }
}
