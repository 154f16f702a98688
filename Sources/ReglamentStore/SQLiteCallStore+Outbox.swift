import Foundation
import GRDB
import ReglamentRun

/// The outbox in the same file as the calls, so a call's outcome and its
/// mails are one transaction.
extension SQLiteCallStore {
    static func insert(_ mail: OutboxMail, in db: Database) throws {
        try db.execute(sql: """
            INSERT INTO outbox (shop, reference, kind, message_id, sender, recipients, raw, state, attempts, last_reply,
                                created_at, next_attempt_at, sent_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [
                mail.shop, mail.reference, mail.kind.rawValue, mail.messageID, mail.sender, try StoredForm.encode(mail.recipients), mail.raw,
                mail.state.rawValue, mail.attempts, mail.lastReply, mail.createdAt.timeIntervalSince1970,
                mail.nextAttemptAt.timeIntervalSince1970, mail.sentAt?.timeIntervalSince1970,
            ])
    }

    public func dueMail(at now: Date, limit: Int) async throws -> [OutboxMail] {
        _ = try await releaseAbandoned(at: now)
        return try await read { db in
            try Row.fetchAll(
                db, sql: "SELECT * FROM outbox WHERE state = 'queued' AND next_attempt_at <= ? ORDER BY next_attempt_at, id LIMIT ?",
                arguments: [now.timeIntervalSince1970, limit]
            ).map(Self.outboxMail)
        }
    }

    public func claim(_ id: Int64, at now: Date, leaseUntil: Date) async throws -> Bool {
        try await write { db in
            try db.execute(
                sql: """
                    UPDATE outbox SET state = 'sending', attempts = attempts + 1, lease_until = ?, handed_over_at = NULL
                    WHERE id = ? AND state = 'queued'
                    """,
                arguments: [leaseUntil.timeIntervalSince1970, id])
            return db.changesCount == 1
        }
    }

    public func markHandedOver(_ id: Int64, at now: Date) async throws {
        try await update(id, sql: "UPDATE outbox SET handed_over_at = ? WHERE id = ? AND state = 'sending'", [now.timeIntervalSince1970, id])
    }

    public func markSent(_ id: Int64, reply: String, at now: Date) async throws {
        try await update(
            id, sql: "UPDATE outbox SET state = 'sent', last_reply = ?, sent_at = ?, lease_until = NULL WHERE id = ?",
            [reply, now.timeIntervalSince1970, id])
    }

    public func markForRetry(_ id: Int64, reply: String, next: Date, replyLost: Bool) async throws {
        try await update(
            id,
            sql: """
                UPDATE outbox SET state = 'queued', last_reply = ?, next_attempt_at = ?, lease_until = NULL, handed_over_at = NULL,
                    uncertain_handovers = uncertain_handovers + ?
                WHERE id = ?
                """,
            [reply, next.timeIntervalSince1970, replyLost ? 1 : 0, id])
    }

    public func markFailed(_ id: Int64, reply: String, at now: Date, replyLost: Bool) async throws {
        try await update(
            id, sql: "UPDATE outbox SET state = 'failed', last_reply = ?, lease_until = NULL, uncertain_handovers = uncertain_handovers + ? WHERE id = ?",
            [reply, replyLost ? 1 : 0, id])
    }

    /// One rule for a worker that died and one whose connection dropped: a
    /// mail handed over before the claim expired may have arrived, and is
    /// sent again (the same bytes, the same Message-ID) with the doubt counted.
    public func releaseAbandoned(at now: Date) async throws -> Int {
        try await write { db in
            let time = now.timeIntervalSince1970
            try db.execute(
                sql: """
                    UPDATE outbox SET state = 'queued', lease_until = NULL, next_attempt_at = ?,
                        uncertain_handovers = uncertain_handovers + (handed_over_at IS NOT NULL),
                        last_reply = CASE WHEN handed_over_at IS NULL THEN last_reply ELSE ? END,
                        handed_over_at = NULL
                    WHERE state = 'sending' AND lease_until < ?
                    """,
                arguments: [time, Self.interruptedAfterHandOver, time])
            return db.changesCount
        }
    }

    static let interruptedAfterHandOver =
        "interrupted after the message was handed to the server: it may have arrived; sent again with the same Message-ID"

    public func requeue(_ id: Int64, at now: Date) async throws -> Bool {
        try await write { db in
            try db.execute(
                sql: "UPDATE outbox SET state = 'queued', next_attempt_at = ?, handed_over_at = NULL WHERE id = ? AND state = 'failed'",
                arguments: [now.timeIntervalSince1970, id])
            return db.changesCount == 1
        }
    }

    public func mail(_ id: Int64) async throws -> OutboxMail? {
        try await read { db in try Row.fetchOne(db, sql: "SELECT * FROM outbox WHERE id = ?", arguments: [id]).map(Self.outboxMail) }
    }

    public func undeliveredCount() async throws -> Int {
        try await read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM outbox WHERE state IN ('queued', 'sending')") ?? 0 }
    }

    public func mails(in state: DeliveryState?) async throws -> [OutboxMail] {
        try await read { db in
            let rows = if let state {
                try Row.fetchAll(db, sql: "SELECT * FROM outbox WHERE state = ? ORDER BY id", arguments: [state.rawValue])
            } else {
                try Row.fetchAll(db, sql: "SELECT * FROM outbox ORDER BY id")
            }
            return try rows.map(Self.outboxMail)
        }
    }

    private func update(_ id: Int64, sql: String, _ arguments: StatementArguments) async throws {
        try await write { db in
            try db.execute(sql: sql, arguments: arguments)
            if db.changesCount == 0 { throw StoreError.unknownMail(id) }
        }
    }

    private static func outboxMail(_ row: Row) throws -> OutboxMail {
        OutboxMail(
            id: row["id"], shop: row["shop"], reference: row["reference"], kind: OwnerMailKind(rawValue: row["kind"]) ?? .message, messageID: row["message_id"],
            sender: row["sender"], recipients: try JSONDecoder().decode([String].self, from: Data((row["recipients"] as String).utf8)),
            raw: row["raw"], state: DeliveryState(rawValue: row["state"]) ?? .failed, attempts: row["attempts"],
            lastReply: row["last_reply"], createdAt: Date(timeIntervalSince1970: row["created_at"]),
            nextAttemptAt: Date(timeIntervalSince1970: row["next_attempt_at"]),
            sentAt: (row["sent_at"] as Double?).map(Date.init(timeIntervalSince1970:)), uncertainHandOvers: row["uncertain_handovers"])
    }
}
