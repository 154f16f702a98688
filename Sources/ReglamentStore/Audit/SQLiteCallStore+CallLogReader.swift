import Foundation
import GRDB
import GRDBSQLite
import ReglamentModel
import ReglamentRun

/// The audit's figures from the call database: the calls themselves by
/// SQL `GROUP BY` (a row per call), the events in one pass over the log
/// (`CallLogScan`), confirmation attempts by SQL; only counted rows reach
/// the audit, never an event as a Swift value.
extension SQLiteCallStore: CallLogReader {
    public func tallies(_ query: CallLogQuery) async throws -> CallLogTallies {
        try await read { db in
            let since = query.since?.timeIntervalSince1970 ?? -Double.greatestFiniteMagnitude
            let until = query.until?.timeIntervalSince1970 ?? Double.greatestFiniteMagnitude
            var tallies = CallLogTallies()
            tallies.calls = try Row.fetchAll(db, sql: """
                SELECT date(started_at + ?, 'unixepoch') AS day, version, direction, operator_name, COALESCE(outcome, '') AS outcome, COUNT(*) AS n
                FROM calls WHERE shop = ? AND started_at >= ? AND started_at < ?
                GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
                """, arguments: [query.utcOffsetSeconds, query.shop, since, until]).map { row in
                CallLogTallies.CallCount(
                    day: row["day"], version: row["version"], direction: CallDirection(rawValue: row["direction"]) ?? .inbound,
                    operatorName: row["operator_name"], outcome: Outcome(rawValue: row["outcome"]), count: row["n"])
            }
            let calls = try Row.fetchAll(db, sql: """
                SELECT id, reference, script, operator_name, direction, outcome, order_reference
                FROM calls WHERE shop = ? AND started_at >= ? AND started_at < ? ORDER BY started_at, id
                """, arguments: [query.shop, since, until])
            // Columns by position: a name is looked up case-insensitively, and there are a row per call.
            tallies.abandoned = calls.filter { ($0[5] as String?) == nil }.map { row in
                CallLogTallies.CallReference(reference: row[1], operatorName: row[3], orderReference: row[6])
            }
            try Self.scan(calls, query: query, db: db, into: &tallies)
            tallies.confirmations = try Self.confirmations(query, since: since, until: until, db)
            try Self.mail(query, since: since, until: until, db, into: &tallies)
            return tallies
        }
    }

    /// The event figures, by one pass over the log for the calls in scope.
    private static func scan(_ rows: [Row], query: CallLogQuery, db: Database, into tallies: inout CallLogTallies) throws {
        // id, reference, script, operator_name, direction, outcome, order_reference
        let listed = rows.map { row in
            CallLogScan.ListedCall(id: row[0], reference: row[1], script: row[2], operatorName: row[3], direction: row[4], orderReference: row[6])
        }
        guard let scan = CallLogScan.of(listed, query: query) else { return }
        var pass = scan.pass()
        // Stepped by SQLite's own calls: a GRDB row per event costs more than the whole scan.
        // Rowid order is the order of appending (the log is append-only), so
        // each call's events come in sequence; for the table it is no sort.
        let statement = try db.makeStatement(sql: "SELECT call_id, at, kind, payload FROM call_events ORDER BY rowid")
        let handle = statement.sqliteStatement
        defer { sqlite3_reset(handle) }
        while true {
            let code = sqlite3_step(handle)
            if code == SQLITE_DONE { break }
            guard code == SQLITE_ROW else {
                throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)))
            }
            pass.add(
                callID: sqlite3_column_int64(handle, 0), at: sqlite3_column_double(handle, 1), kind: Self.bytes(handle, column: 2),
                payload: Self.bytes(handle, column: 3))
        }
        pass.finish(into: &tallies)
    }

    /// A text column's bytes, valid until the next step.
    private static func bytes(_ handle: OpaquePointer, column: Int32) -> UnsafeRawBufferPointer {
        guard let text = sqlite3_column_text(handle, column) else { return UnsafeRawBufferPointer(start: nil, count: 0) }
        return UnsafeRawBufferPointer(start: text, count: Int(sqlite3_column_bytes(handle, column)))
    }

    /// Per order: calls made (an automatic cancellation is recorded as an
    /// attempt without a call, and is not one), unanswered, and the last result.
    private static func confirmations(_ query: CallLogQuery, since: Double, until: Double, _ db: Database) throws -> [CallLogTallies.ConfirmationCount] {
        try Row.fetchAll(db, sql: """
            SELECT a.order_reference,
                   SUM(NOT (a.result = 'cancelled' AND a.call_reference IS NULL)) AS attempts,
                   SUM(a.result = 'no_answer') AS unanswered,
                   MAX(a.result = 'cancelled' AND a.call_reference IS NULL) AS auto_cancelled,
                   (SELECT l.result FROM confirmation_attempts l WHERE l.shop = a.shop AND l.order_reference = a.order_reference
                    ORDER BY l.at DESC, l.id DESC LIMIT 1) AS last_result
            FROM confirmation_attempts a WHERE a.shop = ? AND a.at >= ? AND a.at < ?
            GROUP BY a.order_reference ORDER BY a.order_reference
            """, arguments: [query.shop, since, until]).map { row in
            CallLogTallies.ConfirmationCount(
                orderReference: row["order_reference"], attempts: row["attempts"], unanswered: row["unanswered"],
                autoCancelled: row["auto_cancelled"], lastResult: row["last_result"])
        }
    }

    /// The outbox's mails made in the period: by state, and those sent again after a lost reply.
    private static func mail(_ query: CallLogQuery, since: Double, until: Double, _ db: Database, into tallies: inout CallLogTallies) throws {
        let scope = "FROM outbox WHERE shop = ? AND created_at >= ? AND created_at < ?"
        let arguments: StatementArguments = [query.shop, since, until]
        tallies.mail = try Row.fetchAll(db, sql: "SELECT state, COUNT(*) AS n \(scope) GROUP BY state ORDER BY state", arguments: arguments).compactMap { row in
            DeliveryState(rawValue: row["state"]).map { CallLogTallies.MailCount(state: $0, count: row["n"]) }
        }
        tallies.uncertainMail = try Row.fetchAll(
            db, sql: "SELECT reference, kind, state, uncertain_handovers \(scope) AND uncertain_handovers > 0 ORDER BY created_at, id", arguments: arguments
        ).map { row in
            CallLogTallies.UncertainMail(
                reference: row["reference"], kind: OwnerMailKind(rawValue: row["kind"]) ?? .message,
                state: DeliveryState(rawValue: row["state"]) ?? .failed, uncertainHandOvers: row["uncertain_handovers"])
        }
    }
}
