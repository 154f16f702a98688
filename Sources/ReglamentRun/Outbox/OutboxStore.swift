import Foundation

/// The outbox's side of the call store. Mails are added with the call's
/// outcome (`CallStore.finish`); delivery workers (in `reglament run`,
/// `reglament outbox send`, and later the server) take them from here.
///
/// A worker *claims* a mail before sending it, so two workers never send
/// the same one; it marks the mail *handed over* just before the step that
/// lets the server accept it (the final dot of SMTP's DATA). Delivery is at
/// least once: an attempt whose reply was lost after that point — the
/// connection dropped, the worker died — counts as a temporary failure, as
/// RFC 5321 §3.8 has it, and the mail is sent again with the same
/// Message-ID; the store counts such attempts (`uncertainHandOvers`), since
/// each may have delivered the mail already.
public protocol OutboxStore: Sendable {
    /// Queued mails due at `now`, oldest first; claims left by a worker that
    /// died are released first (see `releaseAbandoned`).
    func dueMail(at now: Date, limit: Int) async throws -> [OutboxMail]
    /// queued → sending, if it is still queued; false when another worker took it.
    func claim(_ id: Int64, at now: Date, leaseUntil: Date) async throws -> Bool
    /// Records that the server may accept the mail from now on.
    func markHandedOver(_ id: Int64, at now: Date) async throws
    func markSent(_ id: Int64, reply: String, at now: Date) async throws
    /// sending → queued for another attempt at `next`. `replyLost`: the
    /// mail was handed over and no reply came, so it may have arrived; counted.
    func markForRetry(_ id: Int64, reply: String, next: Date, replyLost: Bool) async throws
    /// sending → failed; `replyLost` as for `markForRetry` (a mail given up on after a lost reply).
    func markFailed(_ id: Int64, reply: String, at now: Date, replyLost: Bool) async throws
    /// Expired claims, left by a worker that died, back to queued; one that
    /// had been handed over counts as a lost reply. Returns how many moved.
    func releaseAbandoned(at now: Date) async throws -> Int
    /// A failed mail queued again at `now` by a person (`reglament outbox retry`).
    func requeue(_ id: Int64, at now: Date) async throws -> Bool
    func mail(_ id: Int64) async throws -> OutboxMail?
    /// How many mails are still on their way (queued or sending).
    func undeliveredCount() async throws -> Int
    /// Every mail, or those in `state`, oldest first.
    func mails(in state: DeliveryState?) async throws -> [OutboxMail]
}
