import Foundation
import GRDB
import ReglamentRun

/// The audit's figures as SQL aggregates over the log: each is one
/// `GROUP BY` over the events of one kind (`call_events_by_kind`), with
/// the step or rule read from the payload by `json_extract`, so the work
/// stays in SQLite and only the small grouped rows reach Swift.
///
/// Payloads are `CallEvent.Kind` as Swift encodes it: the case name, then
/// its labelled values, e.g. `{"shown":{"step":"greeting"}}`.
extension SQLiteCallStore: CallLogReader {
    public func tallies(_ query: CallLogQuery) async throws -> CallLogTallies {
        try await database.read { db in
            let scope = CallScope(query)
            var tallies = CallLogTallies()
            tallies.calls = try Self.callCounts(scope, db)
            tallies.steps = try Self.stepCounts(scope, db)
            tallies.options = try Self.optionCounts(scope, db)
            tallies.escalations = try Self.escalationCounts(scope, db)
            tallies.transfers = try Self.transferCounts(scope, db)
            tallies.notes = try Self.notes(scope, db)
            tallies.consentSkipped = try Self.consentSkipped(scope, db)
            tallies.changedAtConfirmation = try Self.changedAtConfirmation(scope, db)
            tallies.abandoned = try Self.references(scope, db, sql: "SELECT reference, operator_name, order_reference FROM audit_scope WHERE outcome IS NULL ORDER BY started_at, id")
            tallies.stepTimes = try Self.stepTimes(scope, db)
            tallies.confirmations = try Self.confirmations(query, db)
            return tallies
        }
    }

    /// The calls of the shop and period, as a materialised `audit_scope`
    /// that every query joins by call id: the filter is written once. (Not a
    /// temporary table: the audit reads on a read-only connection.)
    private struct CallScope {
        let query: CallLogQuery

        init(_ query: CallLogQuery) { self.query = query }

        var since: Double { query.since?.timeIntervalSince1970 ?? -Double.greatestFiniteMagnitude }
        var until: Double { query.until?.timeIntervalSince1970 ?? Double.greatestFiniteMagnitude }

        /// `sql` with the scope in front, and the scope's arguments before its own.
        func rows(_ db: Database, _ sql: String, _ arguments: StatementArguments = []) throws -> [Row] {
            try Row.fetchAll(db, sql: """
                WITH audit_scope AS MATERIALIZED (
                    SELECT id, reference, version, script, operator_name, direction, started_at, outcome, order_reference
                    FROM calls WHERE shop = ? AND started_at >= ? AND started_at < ?)
                """ + sql, arguments: StatementArguments([query.shop as any DatabaseValueConvertible, since, until]) + arguments)
        }
    }

    private static func callCounts(_ scope: CallScope, _ db: Database) throws -> [CallLogTallies.CallCount] {
        try scope.rows(db, """
            SELECT date(started_at + ?, 'unixepoch') AS day, version, direction, operator_name, COALESCE(outcome, '') AS outcome, COUNT(*) AS n
            FROM audit_scope GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
            """, [scope.query.utcOffsetSeconds]).map { row in
            CallLogTallies.CallCount(
                day: row["day"], version: row["version"], direction: row["direction"], operatorName: row["operator_name"],
                outcome: row["outcome"], count: row["n"])
        }
    }

    private static func stepCounts(_ scope: CallScope, _ db: Database) throws -> [CallLogTallies.StepCount] {
        // Per call and step first, so "calls that reached it" needs no DISTINCT.
        try scope.rows(db, """
            SELECT s.script, x.step, COUNT(*) AS calls, SUM(x.n) AS shown FROM (
                SELECT e.call_id, json_extract(e.payload, '$.shown.step') AS step, COUNT(*) AS n
                FROM call_events e WHERE e.kind = 'shown' AND e.call_id IN (SELECT id FROM audit_scope)
                GROUP BY e.call_id, step
            ) x JOIN audit_scope s ON s.id = x.call_id
            GROUP BY s.script, x.step ORDER BY 1, 2
            """).map { row in
            CallLogTallies.StepCount(script: row["script"], step: row["step"], calls: row["calls"], shown: row["shown"])
        }
    }

    private static func optionCounts(_ scope: CallScope, _ db: Database) throws -> [CallLogTallies.OptionCount] {
        try scope.rows(db, """
            SELECT s.script, x.step, x.option, COUNT(*) AS calls, SUM(x.n) AS chosen FROM (
                SELECT e.call_id, json_extract(e.payload, '$.chose.step') AS step, json_extract(e.payload, '$.chose.option') AS option, COUNT(*) AS n
                FROM call_events e WHERE e.kind = 'chose' AND e.call_id IN (SELECT id FROM audit_scope)
                GROUP BY e.call_id, step, option
            ) x JOIN audit_scope s ON s.id = x.call_id
            GROUP BY s.script, x.step, x.option ORDER BY 1, 2, 3
            """).map { row in
            CallLogTallies.OptionCount(script: row["script"], step: row["step"], option: row["option"], calls: row["calls"], chosen: row["chosen"])
        }
    }

    private static func escalationCounts(_ scope: CallScope, _ db: Database) throws -> [CallLogTallies.EscalationCount] {
        try scope.rows(db, """
            SELECT json_extract(payload, '$.escalated.rule') AS rule, json_extract(payload, '$.escalated.available') AS available,
                   CAST(strftime('%w', at + ?, 'unixepoch') AS INTEGER) AS sunday_first, CAST(strftime('%H', at + ?, 'unixepoch') AS INTEGER) AS hour,
                   COUNT(*) AS n
            FROM call_events WHERE kind = 'escalated' AND call_id IN (SELECT id FROM audit_scope)
            GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
            """, [scope.query.utcOffsetSeconds, scope.query.utcOffsetSeconds]).map { row in
            // SQLite counts the week from Sunday (0); the report from Monday (1).
            let sundayFirst: Int = row["sunday_first"]
            return CallLogTallies.EscalationCount(
                rule: row["rule"], available: row["available"], weekday: (sundayFirst + 6) % 7 + 1, hour: row["hour"], count: row["n"])
        }
    }

    private static func transferCounts(_ scope: CallScope, _ db: Database) throws -> [CallLogTallies.TransferCount] {
        try scope.rows(db, """
            SELECT json_extract(payload, '$.transferred.rule') AS rule, json_extract(payload, '$.transferred.answered') AS answered, COUNT(*) AS n
            FROM call_events WHERE kind = 'transferred' AND call_id IN (SELECT id FROM audit_scope)
            GROUP BY 1, 2 ORDER BY 1, 2
            """).map { row in
            CallLogTallies.TransferCount(rule: row["rule"], answered: row["answered"], count: row["n"])
        }
    }

    private static func notes(_ scope: CallScope, _ db: Database) throws -> [CallLogTallies.NoteRecord] {
        try scope.rows(db, """
            SELECT s.reference, s.script, json_extract(e.payload, '$.note.step') AS step, json_extract(e.payload, '$.note.text') AS text
            FROM call_events e JOIN audit_scope s ON s.id = e.call_id
            WHERE e.kind = 'note' ORDER BY s.started_at, s.id, e.sequence
            """).map { row in
            CallLogTallies.NoteRecord(reference: row["reference"], script: row["script"], step: row["step"], text: row["text"])
        }
    }

    /// Inbound calls whose first personal field came before any consent step
    /// (or with none at all); `script/step` names the consent steps.
    private static func consentSkipped(_ scope: CallScope, _ db: Database) throws -> [CallLogTallies.CallReference] {
        try references(scope, db, sql: """
            SELECT s.reference, s.operator_name, s.order_reference FROM (
                SELECT e.call_id,
                       MIN(CASE WHEN e.kind = 'captured' AND json_extract(e.payload, '$.captured.field') IN (SELECT value FROM json_each(?))
                                THEN e.sequence END) AS first_personal,
                       MIN(CASE WHEN e.kind = 'shown' AND s.script || '/' || json_extract(e.payload, '$.shown.step') IN (SELECT value FROM json_each(?))
                                THEN e.sequence END) AS consent
                FROM call_events e JOIN audit_scope s ON s.id = e.call_id
                WHERE e.kind IN ('captured', 'shown') AND s.direction = 'inbound'
                GROUP BY e.call_id
            ) x JOIN audit_scope s ON s.id = x.call_id
            WHERE x.first_personal IS NOT NULL AND (x.consent IS NULL OR x.consent > x.first_personal)
            ORDER BY s.started_at, s.id
            """, arguments: [jsonArray(scope.query.personalFields), jsonArray(scope.query.consentSteps)])
    }

    /// Confirmation calls that captured a field after their first step was
    /// shown: the fields copied from the order come before it.
    private static func changedAtConfirmation(_ scope: CallScope, _ db: Database) throws -> [CallLogTallies.CallReference] {
        try references(scope, db, sql: """
            SELECT s.reference, s.operator_name, s.order_reference FROM audit_scope s
            WHERE s.direction = 'outbound' AND EXISTS (
                SELECT 1 FROM call_events e WHERE e.call_id = s.id AND e.kind = 'captured'
                AND e.sequence > (SELECT MIN(f.sequence) FROM call_events f WHERE f.call_id = s.id AND f.kind = 'shown'))
            ORDER BY s.started_at, s.id
            """)
    }

    /// Seconds from each step being shown to the next step (or the end),
    /// in tenths, counted per operator: percentiles come from this histogram.
    private static func stepTimes(_ scope: CallScope, _ db: Database) throws -> [CallLogTallies.StepTimeCount] {
        try scope.rows(db, """
            SELECT s.operator_name, CAST(ROUND((x.next_at - x.at) * 10) AS INTEGER) AS tenths, COUNT(*) AS n FROM (
                SELECT call_id, kind, at, LEAD(at) OVER (PARTITION BY call_id ORDER BY sequence) AS next_at
                FROM call_events WHERE kind IN ('shown', 'ended') AND call_id IN (SELECT id FROM audit_scope)
            ) x JOIN audit_scope s ON s.id = x.call_id
            WHERE x.kind = 'shown' AND x.next_at IS NOT NULL
            GROUP BY 1, 2 ORDER BY 1, 2
            """).map { row in
            CallLogTallies.StepTimeCount(operatorName: row["operator_name"], tenths: row["tenths"], count: row["n"])
        }
    }

    /// Per order: calls made (an automatic cancellation is recorded as an
    /// attempt without a call, and is not one), unanswered, and the last result.
    private static func confirmations(_ query: CallLogQuery, _ db: Database) throws -> [CallLogTallies.ConfirmationCount] {
        let scope = CallScope(query)
        return try Row.fetchAll(db, sql: """
            SELECT a.order_reference,
                   SUM(NOT (a.result = 'cancelled' AND a.call_reference IS NULL)) AS attempts,
                   SUM(a.result = 'no_answer') AS unanswered,
                   MAX(a.result = 'cancelled' AND a.call_reference IS NULL) AS auto_cancelled,
                   (SELECT l.result FROM confirmation_attempts l WHERE l.shop = a.shop AND l.order_reference = a.order_reference
                    ORDER BY l.at DESC, l.id DESC LIMIT 1) AS last_result
            FROM confirmation_attempts a WHERE a.shop = ? AND a.at >= ? AND a.at < ?
            GROUP BY a.order_reference ORDER BY a.order_reference
            """, arguments: [query.shop, scope.since, scope.until]).map { row in
            CallLogTallies.ConfirmationCount(
                orderReference: row["order_reference"], attempts: row["attempts"], unanswered: row["unanswered"],
                autoCancelled: row["auto_cancelled"], lastResult: row["last_result"])
        }
    }

    private static func references(
        _ scope: CallScope, _ db: Database, sql: String, arguments: StatementArguments = []
    ) throws -> [CallLogTallies.CallReference] {
        try scope.rows(db, sql, arguments).map { row in
            CallLogTallies.CallReference(reference: row["reference"], operatorName: row["operator_name"], orderReference: row["order_reference"])
        }
    }

    private static func jsonArray(_ values: [String]) -> String {
        String(decoding: (try? JSONEncoder().encode(values)) ?? Data("[]".utf8), as: UTF8.self)
    }
}
