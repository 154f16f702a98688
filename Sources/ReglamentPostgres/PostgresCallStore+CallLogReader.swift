import Foundation
import PostgresNIO
import ReglamentModel
import ReglamentRun

/// The audit's figures from PostgreSQL: the calls by `GROUP BY`, the events
/// in one pass over the log in the order appended (`CallLogScan`, the same
/// counting as on SQLite, fed from a cursor), confirmations and mail by SQL.
/// All in one read-only snapshot. Text is ordered `COLLATE "C"`, byte by
/// byte as SQLite orders it, so the figures come in the same order whatever
/// the database's locale.
extension PostgresCallStore: CallLogReader {
    public func tallies(_ query: CallLogQuery) async throws -> CallLogTallies {
        let since = query.since?.timeIntervalSince1970 ?? -Double.greatestFiniteMagnitude
        let until = query.until?.timeIntervalSince1970 ?? Double.greatestFiniteMagnitude
        let shop = query.shop
        return try await transaction { connection in
            try await connection.query("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY", logger: self.logger)
            func fetch(_ query: PostgresQuery) async throws -> [PostgresRow] { try await connection.query(query, logger: self.logger).collect() }
            var tallies = CallLogTallies()
            tallies.calls = try await fetch("""
                SELECT * FROM (
                    SELECT to_char(to_timestamp(started_at + \(query.utcOffsetSeconds)) AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS day,
                           version, direction, operator_name, COALESCE(outcome, '') AS outcome, COUNT(*) AS n
                    FROM calls WHERE shop = \(shop) AND started_at >= \(since) AND started_at < \(until)
                    GROUP BY 1, 2, 3, 4, 5
                ) counted
                ORDER BY day COLLATE "C", version COLLATE "C", direction COLLATE "C", operator_name COLLATE "C", outcome COLLATE "C"
                """).map { row in
                let (day, version, direction, operatorName, outcome, count) = try row.decode((String, String, String, String, String, Int).self)
                return CallLogTallies.CallCount(
                    day: day, version: version, direction: CallDirection(rawValue: direction) ?? .inbound, operatorName: operatorName,
                    outcome: Outcome(rawValue: outcome), count: count)
            }
            let listed = try await fetch("""
                SELECT id, reference, script, operator_name, direction, outcome, order_reference
                FROM calls WHERE shop = \(shop) AND started_at >= \(since) AND started_at < \(until) ORDER BY started_at, id
                """).map { row in
                try row.decode((Int64, String, String, String, String, String?, String?).self)
            }
            tallies.abandoned = listed.filter { $0.5 == nil }.map { CallLogTallies.CallReference(reference: $0.1, operatorName: $0.3, orderReference: $0.6) }
            let calls = listed.map { CallLogScan.ListedCall(id: $0.0, reference: $0.1, script: $0.2, operatorName: $0.3, direction: $0.4, orderReference: $0.6) }
            if let scan = CallLogScan.of(calls, query: query) {
                var pass = scan.pass()
                let events = try await connection.query("""
                    SELECT e.call_id, e.at, e.kind, e.payload FROM call_events e JOIN calls c ON c.id = e.call_id
                    WHERE c.shop = \(shop) AND c.started_at >= \(since) AND c.started_at < \(until) ORDER BY e.position
                    """, logger: self.logger)
                for try await row in events {
                    let cells = row.makeRandomAccess()
                    let callID = try cells[0].decode(Int64.self), at = try cells[1].decode(Double.self)
                    // Text comes as its UTF-8 bytes: the scan reads them where they are.
                    guard let kind = cells[2].bytes, let payload = cells[3].bytes else { continue }
                    kind.withUnsafeReadableBytes { kind in
                        payload.withUnsafeReadableBytes { payload in pass.add(callID: callID, at: at, kind: kind, payload: payload) }
                    }
                }
                pass.finish(into: &tallies)
            }
            tallies.confirmations = try await fetch("""
                SELECT a.order_reference,
                       SUM(CASE WHEN a.result = 'cancelled' AND a.call_reference IS NULL THEN 0 ELSE 1 END),
                       SUM(CASE WHEN a.result = 'no_answer' THEN 1 ELSE 0 END),
                       BOOL_OR(a.result = 'cancelled' AND a.call_reference IS NULL),
                       (SELECT l.result FROM confirmation_attempts l WHERE l.shop = a.shop AND l.order_reference = a.order_reference
                        ORDER BY l.at DESC, l.id DESC LIMIT 1)
                FROM confirmation_attempts a WHERE a.shop = \(shop) AND a.at >= \(since) AND a.at < \(until)
                GROUP BY a.shop, a.order_reference ORDER BY a.order_reference COLLATE "C"
                """).map { row in
                let (order, attempts, unanswered, cancelled, last) = try row.decode((String, Int, Int, Bool, String).self)
                return CallLogTallies.ConfirmationCount(
                    orderReference: order, attempts: attempts, unanswered: unanswered, autoCancelled: cancelled, lastResult: last)
            }
            tallies.mail = try await fetch("""
                SELECT state, COUNT(*) FROM outbox WHERE shop = \(shop) AND created_at >= \(since) AND created_at < \(until)
                GROUP BY state ORDER BY state COLLATE "C"
                """).compactMap { row in
                let (state, count) = try row.decode((String, Int).self)
                return DeliveryState(rawValue: state).map { CallLogTallies.MailCount(state: $0, count: count) }
            }
            tallies.uncertainMail = try await fetch("""
                SELECT reference, kind, state, uncertain_handovers FROM outbox
                WHERE shop = \(shop) AND created_at >= \(since) AND created_at < \(until) AND uncertain_handovers > 0 ORDER BY created_at, id
                """).map { row in
                let (reference, kind, state, uncertain) = try row.decode((String, String, String, Int).self)
                return CallLogTallies.UncertainMail(
                    reference: reference, kind: OwnerMailKind(rawValue: kind) ?? .message, state: DeliveryState(rawValue: state) ?? .failed,
                    uncertainHandOvers: uncertain)
            }
            return tallies
        }
    }
}
