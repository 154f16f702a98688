import Foundation
import GRDB
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
        var scripts: [String: Int] = [:], operators: [String: Int] = [:]
        var calls: [CallLogScan.Call] = [], ids: [Int64] = []
        // id, reference, script, operator_name, direction, outcome, order_reference
        for row in rows {
            let script: String = row[2], operatorName: String = row[3]
            let scriptIndex = scripts[script] ?? { scripts[script] = scripts.count; return scripts.count - 1 }()
            let operatorIndex = operators[operatorName] ?? { operators[operatorName] = operators.count; return operators.count - 1 }()
            ids.append(row[0])
            calls.append(CallLogScan.Call(
                reference: row[1], script: scriptIndex, operatorIndex: operatorIndex,
                inbound: CallDirection(rawValue: row[4]) != .outbound, orderReference: row[6]))
        }
        guard !calls.isEmpty else { return }
        let scan = CallLogScan(
            calls: calls, ids: ids, scripts: scripts.sorted { $0.value < $1.value }.map(\.key),
            operators: operators.sorted { $0.value < $1.value }.map(\.key), query: query)
        try scan.run(db, into: &tallies)
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
