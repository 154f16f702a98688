import Foundation
import PostgresNIO
import ReglamentRun

/// What the web workspace lists and marks, each query scoped by its shop.
extension PostgresCallStore: WorkspaceStore {
    public func openCalls(shop: String) async throws -> [CallRecord] {
        try await rows("""
            SELECT \(unescaped: Self.callColumns) FROM calls WHERE shop = \(shop) AND ended_at IS NULL ORDER BY started_at DESC, id DESC
            """).map(Self.callRecord)
    }

    public func callState(_ reference: String, shop: String) async throws -> CallState? {
        try await rows("""
            SELECT (SELECT COUNT(*) FROM call_events WHERE call_id = calls.id),
                   (SELECT "user" FROM call_drivers WHERE call_drivers.shop = calls.shop AND call_drivers.reference = calls.reference)
            FROM calls WHERE shop = \(shop) AND reference = \(reference)
            """).first.map { row in
            let (events, driver) = try row.decode((Int, String?).self)
            return CallState(eventCount: events, driver: driver)
        }
    }

    public func unconfirmedOrders(shop: String) async throws -> [OrderRecord] {
        try await rows("SELECT \(unescaped: Self.orderColumns) FROM orders WHERE shop = \(shop) AND status = 'new' ORDER BY created_at")
            .map(Self.orderRecord)
    }

    public func outcomes(shop: String, in period: DateInterval?) async throws -> [OutcomeListing] {
        let from = period?.start.timeIntervalSince1970 ?? -Double.greatestFiniteMagnitude
        let to = period?.end.timeIntervalSince1970 ?? Double.greatestFiniteMagnitude
        return try await transaction { connection in
            try await connection.query("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY", logger: self.logger)
            func fetch(_ query: PostgresQuery) async throws -> [PostgresRow] { try await connection.query(query, logger: self.logger).collect() }
            let calls = try await fetch("""
                SELECT \(unescaped: Self.callColumns) FROM calls WHERE shop = \(shop) AND outcome IN ('order', 'message')
                AND started_at >= \(from) AND started_at < \(to) ORDER BY started_at DESC, id DESC
                """).map(Self.callRecord)
            let wanted = Set(calls.map(\.reference))
            func byReference<T>(_ rows: [PostgresRow], _ make: (PostgresRow) throws -> T) throws -> [String: T] {
                var found: [String: T] = [:]
                for row in rows {
                    let reference = try row.makeRandomAccess()[1].decode(String.self)
                    if wanted.contains(reference) { found[reference] = try make(row) }
                }
                return found
            }
            let orders = try byReference(
                try await fetch("SELECT \(unescaped: Self.orderColumns) FROM orders WHERE shop = \(shop)"), Self.orderRecord)
            let messages = try byReference(
                try await fetch("SELECT \(unescaped: Self.messageColumns) FROM messages WHERE shop = \(shop)"), Self.messageRecord)
            let followUps = try byReference(
                try await fetch("SELECT shop, reference, \"user\", note, at FROM message_follow_ups WHERE shop = \(shop)")
            ) { row in
                let (_, _, user, note, at) = try row.decode((String, String, String, String, Double).self)
                return FollowUp(by: user, note: note, at: Date(timeIntervalSince1970: at))
            }
            var mails: [String: [MailStatus]] = [:]
            for row in try await fetch(
                "SELECT reference, kind, state, last_reply, attempts, sent_at FROM outbox WHERE shop = \(shop) ORDER BY id")
            {
                let (reference, kind, state, lastReply, attempts, sentAt) = try row.decode((String, String, String, String?, Int, Double?).self)
                mails[reference, default: []].append(MailStatus(
                    kind: OwnerMailKind(rawValue: kind) ?? .message, state: DeliveryState(rawValue: state) ?? .failed,
                    lastReply: lastReply, attempts: attempts, sentAt: sentAt.map(Date.init(timeIntervalSince1970:))))
            }
            return calls.map { call in
                OutcomeListing(
                    call: call, order: orders[call.reference], message: messages[call.reference], mails: mails[call.reference] ?? [],
                    followUp: followUps[call.reference])
            }
        }
    }

    public func markDealtWith(message reference: String, shop: String, mark: FollowUp) async throws -> Bool {
        try await !rows("""
            INSERT INTO message_follow_ups (shop, reference, "user", note, at)
            SELECT shop, reference, \(mark.by), \(mark.note), \(mark.at.timeIntervalSince1970) FROM messages
            WHERE shop = \(shop) AND reference = \(reference)
            ON CONFLICT (shop, reference) DO UPDATE SET "user" = excluded."user", note = excluded.note, at = excluded.at
            RETURNING reference
            """).isEmpty
    }

    public func claimCall(_ reference: String, shop: String, by user: String, at now: Date) async throws -> String {
        // One statement: the first server's claim stands, and every later one reads who holds it.
        let claimed = try await rows("""
            WITH inserted AS (
                INSERT INTO call_drivers (shop, reference, "user", since) VALUES (\(shop), \(reference), \(user), \(now.timeIntervalSince1970))
                ON CONFLICT (shop, reference) DO NOTHING RETURNING "user"
            )
            SELECT "user" FROM inserted UNION ALL SELECT "user" FROM call_drivers WHERE shop = \(shop) AND reference = \(reference)
            """)
        return try claimed.first?.decode(String.self) ?? user
    }

    public func releaseCall(_ reference: String, shop: String) async throws {
        try await rows("DELETE FROM call_drivers WHERE shop = \(shop) AND reference = \(reference)")
    }
}
