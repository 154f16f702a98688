import Foundation
import GRDB
import ReglamentRun

/// What the web workspace lists and marks, each query scoped by its shop.
extension SQLiteCallStore: WorkspaceStore {
    public func openCalls(shop: String) async throws -> [CallRecord] {
        try await read { db in
            try Row.fetchAll(
                db, sql: "SELECT * FROM calls WHERE shop = ? AND ended_at IS NULL ORDER BY started_at DESC, id DESC", arguments: [shop]
            ).map(Self.callRecord)
        }
    }

    public func callState(_ reference: String, shop: String) async throws -> CallState? {
        try await read { db in
            try Row.fetchOne(db, sql: """
                SELECT (SELECT COUNT(*) FROM call_events WHERE call_id = calls.id) AS events,
                       (SELECT user FROM call_drivers WHERE call_drivers.shop = calls.shop AND call_drivers.reference = calls.reference) AS driver
                FROM calls WHERE shop = ? AND reference = ?
                """, arguments: [shop, reference]).map { CallState(eventCount: $0["events"], driver: $0["driver"]) }
        }
    }

    public func unconfirmedOrders(shop: String) async throws -> [OrderRecord] {
        try await read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM orders WHERE shop = ? AND status = 'new' ORDER BY created_at", arguments: [shop])
                .map(Self.orderRecord)
        }
    }

    public func outcomes(shop: String, in period: DateInterval?) async throws -> [OutcomeListing] {
        let from = period?.start.timeIntervalSince1970 ?? -Double.greatestFiniteMagnitude
        let to = period?.end.timeIntervalSince1970 ?? Double.greatestFiniteMagnitude
        return try await read { db in
            let calls = try Row.fetchAll(db, sql: """
                SELECT * FROM calls WHERE shop = ? AND outcome IN ('order', 'message') AND started_at >= ? AND started_at < ?
                ORDER BY started_at DESC, id DESC
                """, arguments: [shop, from, to]).map(Self.callRecord)
            let references = calls.map(\.reference)
            let orders = try Self.byReference(db, "SELECT * FROM orders WHERE shop = ?", shop: shop, references, Self.orderRecord)
            let messages = try Self.byReference(db, "SELECT * FROM messages WHERE shop = ?", shop: shop, references, Self.messageRecord)
            let followUps = try Self.byReference(db, "SELECT * FROM message_follow_ups WHERE shop = ?", shop: shop, references) { row in
                FollowUp(by: row["user"], note: row["note"], at: Date(timeIntervalSince1970: row["at"]))
            }
            var mails: [String: [MailStatus]] = [:]
            for row in try Row.fetchAll(db, sql: """
                SELECT reference, kind, state, last_reply, attempts, sent_at FROM outbox WHERE shop = ? ORDER BY id
                """, arguments: [shop]) {
                let status = MailStatus(
                    kind: OwnerMailKind(rawValue: row["kind"]) ?? .message, state: DeliveryState(rawValue: row["state"]) ?? .failed,
                    lastReply: row["last_reply"], attempts: row["attempts"],
                    sentAt: (row["sent_at"] as Double?).map(Date.init(timeIntervalSince1970:)))
                mails[row["reference"], default: []].append(status)
            }
            return calls.map { call in
                OutcomeListing(
                    call: call, order: orders[call.reference], message: messages[call.reference], mails: mails[call.reference] ?? [],
                    followUp: followUps[call.reference])
            }
        }
    }

    /// The rows of one shop's table keyed by their reference (all of the shop's, kept when `references` has them).
    private static func byReference<T>(
        _ db: Database, _ sql: String, shop: String, _ references: [String], _ make: (Row) throws -> T
    ) throws -> [String: T] {
        let wanted = Set(references)
        var found: [String: T] = [:]
        for row in try Row.fetchAll(db, sql: sql, arguments: [shop]) where wanted.contains(row["reference"]) {
            found[row["reference"]] = try make(row)
        }
        return found
    }

    public func markDealtWith(message reference: String, shop: String, mark: FollowUp) async throws -> Bool {
        try await write { db in
            guard try Bool.fetchOne(
                db, sql: "SELECT EXISTS (SELECT 1 FROM messages WHERE shop = ? AND reference = ?)", arguments: [shop, reference]) == true
            else { return false }
            try db.execute(sql: """
                INSERT INTO message_follow_ups (shop, reference, user, note, at) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (shop, reference) DO UPDATE SET user = excluded.user, note = excluded.note, at = excluded.at
                """, arguments: [shop, reference, mark.by, mark.note, mark.at.timeIntervalSince1970])
            return true
        }
    }

    public func claimCall(_ reference: String, shop: String, by user: String, at now: Date) async throws -> String {
        try await write { db in
            try db.execute(
                sql: "INSERT INTO call_drivers (shop, reference, user, since) VALUES (?, ?, ?, ?) ON CONFLICT (shop, reference) DO NOTHING",
                arguments: [shop, reference, user, now.timeIntervalSince1970])
            return try String.fetchOne(
                db, sql: "SELECT user FROM call_drivers WHERE shop = ? AND reference = ?", arguments: [shop, reference]) ?? user
        }
    }

    public func releaseCall(_ reference: String, shop: String) async throws {
        try await write { db in
            try db.execute(sql: "DELETE FROM call_drivers WHERE shop = ? AND reference = ?", arguments: [shop, reference])
        }
    }
}
