import Foundation
import PostgresNIO
import ReglamentRun

/// The outbox in the same database as the calls, so a call's outcome and
/// its mails are one transaction. Workers in several processes claim mail
/// with `FOR UPDATE SKIP LOCKED`: a mail another worker is claiming at that
/// moment is passed over, not waited for, and only one claim changes it.
extension PostgresCallStore {
    func insert(_ mail: OutboxMail, recipients: String, on connection: PostgresConnection) async throws {
        try await connection.query("""
            INSERT INTO outbox (shop, reference, kind, message_id, sender, recipients, raw, state, attempts, last_reply,
                                created_at, next_attempt_at, sent_at)
            VALUES (\(mail.shop), \(mail.reference), \(mail.kind.rawValue), \(mail.messageID), \(mail.sender), \(recipients), \(mail.raw),
                    \(mail.state.rawValue), \(mail.attempts), \(mail.lastReply), \(mail.createdAt.timeIntervalSince1970),
                    \(mail.nextAttemptAt.timeIntervalSince1970), \(mail.sentAt?.timeIntervalSince1970))
            """, logger: logger)
    }

    static let outboxColumns = """
        id, shop, reference, kind, message_id, sender, recipients, raw, state, attempts, last_reply, created_at, next_attempt_at, sent_at,
        uncertain_handovers
        """

    public func dueMail(at now: Date, limit: Int) async throws -> [OutboxMail] {
        _ = try await releaseAbandoned(at: now)
        return try await rows("""
            SELECT \(unescaped: Self.outboxColumns) FROM outbox WHERE state = 'queued' AND next_attempt_at <= \(now.timeIntervalSince1970)
            ORDER BY next_attempt_at, id LIMIT \(limit)
            """).map(Self.outboxMail)
    }

    public func claim(_ id: Int64, at now: Date, leaseUntil: Date) async throws -> Bool {
        try await !rows("""
            UPDATE outbox SET state = 'sending', attempts = attempts + 1, lease_until = \(leaseUntil.timeIntervalSince1970), handed_over_at = NULL
            WHERE id = (SELECT id FROM outbox WHERE id = \(id) AND state = 'queued' FOR UPDATE SKIP LOCKED)
            RETURNING id
            """).isEmpty
    }

    public func markHandedOver(_ id: Int64, at now: Date) async throws {
        try await update(id, "UPDATE outbox SET handed_over_at = \(now.timeIntervalSince1970) WHERE id = \(id) AND state = 'sending' RETURNING id")
    }

    public func markSent(_ id: Int64, reply: String, at now: Date) async throws {
        try await update(id, """
            UPDATE outbox SET state = 'sent', last_reply = \(reply), sent_at = \(now.timeIntervalSince1970), lease_until = NULL
            WHERE id = \(id) RETURNING id
            """)
    }

    public func markForRetry(_ id: Int64, reply: String, next: Date, replyLost: Bool) async throws {
        try await update(id, """
            UPDATE outbox SET state = 'queued', last_reply = \(reply), next_attempt_at = \(next.timeIntervalSince1970), lease_until = NULL,
                handed_over_at = NULL, uncertain_handovers = uncertain_handovers + \(replyLost ? 1 : 0)
            WHERE id = \(id) RETURNING id
            """)
    }

    public func markFailed(_ id: Int64, reply: String, at now: Date, replyLost: Bool) async throws {
        try await update(id, """
            UPDATE outbox SET state = 'failed', last_reply = \(reply), lease_until = NULL, uncertain_handovers = uncertain_handovers + \(replyLost ? 1 : 0)
            WHERE id = \(id) RETURNING id
            """)
    }

    /// One rule for a worker that died and one whose connection dropped: a
    /// mail handed over before the claim expired may have arrived, and is
    /// sent again (the same bytes, the same Message-ID) with the doubt counted.
    /// A claim another process is releasing at that moment is skipped, not released twice.
    public func releaseAbandoned(at now: Date) async throws -> Int {
        let time = now.timeIntervalSince1970
        return try await rows("""
            UPDATE outbox SET state = 'queued', lease_until = NULL, next_attempt_at = \(time),
                uncertain_handovers = uncertain_handovers + CASE WHEN handed_over_at IS NULL THEN 0 ELSE 1 END,
                last_reply = CASE WHEN handed_over_at IS NULL THEN last_reply ELSE \(Self.interruptedAfterHandOver) END,
                handed_over_at = NULL
            WHERE id IN (SELECT id FROM outbox WHERE state = 'sending' AND lease_until < \(time) FOR UPDATE SKIP LOCKED)
            RETURNING id
            """).count
    }

    static let interruptedAfterHandOver =
        "interrupted after the message was handed to the server: it may have arrived; sent again with the same Message-ID"

    public func requeue(_ id: Int64, at now: Date) async throws -> Bool {
        try await !rows("""
            UPDATE outbox SET state = 'queued', next_attempt_at = \(now.timeIntervalSince1970), handed_over_at = NULL
            WHERE id = \(id) AND state = 'failed' RETURNING id
            """).isEmpty
    }

    public func mail(_ id: Int64) async throws -> OutboxMail? {
        try await rows("SELECT \(unescaped: Self.outboxColumns) FROM outbox WHERE id = \(id)").first.map(Self.outboxMail)
    }

    public func undeliveredCount() async throws -> Int {
        try await rows("SELECT COUNT(*) FROM outbox WHERE state IN ('queued', 'sending')").first?.decode(Int.self) ?? 0
    }

    public func mails(in state: DeliveryState?) async throws -> [OutboxMail] {
        let found = if let state {
            try await rows("SELECT \(unescaped: Self.outboxColumns) FROM outbox WHERE state = \(state.rawValue) ORDER BY id")
        } else {
            try await rows("SELECT \(unescaped: Self.outboxColumns) FROM outbox ORDER BY id")
        }
        return try found.map(Self.outboxMail)
    }

    private func update(_ id: Int64, _ query: PostgresQuery) async throws {
        if try await rows(query).isEmpty { throw StoreError.unknownMail(id) }
    }

    private static func outboxMail(_ row: PostgresRow) throws -> OutboxMail {
        let (id, shop, reference, kind, messageID, sender, recipients, raw, state, attempts, lastReply, createdAt, nextAttemptAt, sentAt, uncertain) =
            try row.decode((Int64, String, String, String, String, String, String, Data, String, Int, String?, Double, Double, Double?, Int).self)
        return OutboxMail(
            id: id, shop: shop, reference: reference, kind: OwnerMailKind(rawValue: kind) ?? .message, messageID: messageID, sender: sender,
            recipients: try JSONDecoder().decode([String].self, from: Data(recipients.utf8)), raw: raw,
            state: DeliveryState(rawValue: state) ?? .failed, attempts: attempts, lastReply: lastReply,
            createdAt: Date(timeIntervalSince1970: createdAt), nextAttemptAt: Date(timeIntervalSince1970: nextAttemptAt),
            sentAt: sentAt.map(Date.init(timeIntervalSince1970:)), uncertainHandOvers: uncertain)
    }
}
