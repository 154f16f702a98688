import Foundation
import GRDB
import ReglamentRun
import Testing
@testable import ReglamentAudit

/// The audit's one pass over the events against plain SQL with SQLite's own
/// `json_extract` over the same log: generated calls (every kind of event,
/// notes, escalations, confirmation calls), the same counts.
@Suite(.serialized) struct GeneratedLogTests {
    @Test func onePassAgreesWithJSONExtract() async throws {
        let log = try ScriptedLog()
        defer { log.remove() }
        let start = try Date("2026-11-02T00:00:00+03:00", strategy: .iso8601)
        let summary = try await CallLogGenerator(runner: log.runner, start: start, days: 7, seed: 11).generate(calls: 80)
        #expect(summary.calls == 80)
        let auditor = Auditor(compiled: log.compiled, checklist: nil, reader: log.store)
        let tallies = try await log.store.tallies(auditor.query(since: nil, until: nil))
        let sql = try DatabaseQueue(path: log.store.path)

        let steps = try await sql.read { db in
            try Row.fetchAll(db, sql: """
                SELECT c.script, json_extract(e.payload, '$.shown.step') AS step, COUNT(DISTINCT e.call_id) AS calls, COUNT(*) AS shown
                FROM call_events e JOIN calls c ON c.id = e.call_id WHERE e.kind = 'shown' GROUP BY 1, 2 ORDER BY 1, 2
                """).map { CallLogTallies.StepCount(script: $0["script"], step: $0["step"], calls: $0["calls"], shown: $0["shown"]) }
        }
        #expect(tallies.steps == steps)

        let options = try await sql.read { db in
            try Row.fetchAll(db, sql: """
                SELECT c.script, json_extract(e.payload, '$.chose.step') AS step, json_extract(e.payload, '$.chose.option') AS option,
                       COUNT(DISTINCT e.call_id) AS calls, COUNT(*) AS chosen
                FROM call_events e JOIN calls c ON c.id = e.call_id WHERE e.kind = 'chose' GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
                """).map { CallLogTallies.OptionCount(script: $0["script"], step: $0["step"], option: $0["option"], calls: $0["calls"], chosen: $0["chosen"]) }
        }
        #expect(tallies.options == options)

        let escalations = try await sql.read { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM call_events WHERE kind = 'escalated'") ?? -1
        }
        #expect(tallies.escalations.reduce(0) { $0 + $1.count } == escalations)
        let notes = try await sql.read { db in
            try String.fetchAll(db, sql: "SELECT json_extract(payload, '$.note.text') FROM call_events WHERE kind = 'note' ORDER BY call_id, sequence")
        }
        #expect(Set(tallies.notes.map(\.text)) == Set(notes) && tallies.notes.count == notes.count)
        // Every shown step but a call's last is timed.
        let timed = try await sql.read { db in
            try Int.fetchOne(db, sql: """
                SELECT (SELECT COUNT(*) FROM call_events WHERE kind = 'shown') - (SELECT COUNT(*) FROM calls WHERE outcome IS NULL)
                """) ?? -1
        }
        #expect(tallies.stepTimes.reduce(0) { $0 + $1.count } == timed)
        #expect(summary.events > 1_000, "a realistic log: \(summary.events) events")
    }
}
