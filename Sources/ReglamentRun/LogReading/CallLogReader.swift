import Foundation

/// Reads the call log back for the audit, already counted: the store
/// aggregates where the log lives (SQLite: `GROUP BY` over the calls and
/// one pass over the events), so an audit of a million events never turns
/// each one into a Swift value.
///
/// Declared here, beside `CallStore`, so that the store implements it and
/// the audit reads through it without either knowing the other.
public protocol CallLogReader: Sendable {
    func tallies(_ query: CallLogQuery) async throws -> CallLogTallies
}
