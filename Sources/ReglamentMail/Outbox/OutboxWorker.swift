import Foundation
import ReglamentRun
import Synchronization

/// Delivers what is due in the outbox: claims each mail, sends it over one
/// session per batch, and records the result — sent, retried later with a
/// growing wait, or failed with the server's reply. Several workers (two
/// operators' runners, `reglament outbox send`) can share one outbox:
/// a claim is taken by one of them only.
///
/// Delivery is at least once, the rule mail servers follow (RFC 5321
/// §3.8): a connection lost after the final dot, before the server's reply,
/// is a temporary failure, and the mail is sent again — the same bytes and
/// Message-ID, so the recipient's client can drop the copy (RFC 1047 tells
/// of the duplicates the rule makes). The store counts such attempts.
public struct OutboxWorker: Sendable {
    public let store: any OutboxStore
    public let transport: any MailTransport
    public let policy: RetryPolicy
    public let clock: @Sendable () -> Date
    /// How long a claim holds before another worker may take the mail back.
    public var lease: Duration = .seconds(600)
    public var batchSize = 500

    public init(store: any OutboxStore, transport: any MailTransport, policy: RetryPolicy = RetryPolicy(), clock: @escaping @Sendable () -> Date = { Date() }) {
        self.store = store
        self.transport = transport
        self.policy = policy
        self.clock = clock
    }

    /// One pass over the mails due now.
    public func deliverDue() async throws -> DeliveryReport {
        var session: (any MailSession)?
        do {
            let report = try await deliver(over: &session)
            await session?.close()
            return report
        } catch {
            await session?.close()
            throw error
        }
    }

    private func deliver(over session: inout (any MailSession)?) async throws -> DeliveryReport {
        var report = DeliveryReport()
        while true {
            let due = try await store.dueMail(at: clock(), limit: batchSize)
            var claimedAny = false
            for mail in due {
                guard let id = mail.id else { continue }
                let now = clock()
                guard try await store.claim(id, at: now, leaseUntil: now + lease) else { continue }
                claimedAny = true
                let handedOver = Atomic<Bool>(false)
                do {
                    let open: any MailSession
                    if let session {
                        open = session
                    } else {
                        // A server that cannot be reached or talked to (down, wrong password, no TLS)
                        // is no fault of the mail: it waits for the next pass.
                        do { open = try await transport.open() } catch { throw DeliveryError.unreachable("\(error)") }
                    }
                    session = open
                    let reply = try await open.send(mail.raw, from: mail.sender, to: mail.recipients) {
                        try await store.markHandedOver(id, at: clock())
                        handedOver.store(true, ordering: .relaxed)
                    }
                    try await store.markSent(id, reply: reply, at: clock())
                    report.sent += 1
                } catch {
                    let failure = error as? DeliveryError ?? .unreachable("\(error)")
                    // A refusal after the dot is the server's answer; a broken connection is none.
                    let replyLost = handedOver.load(ordering: .relaxed) && failure.isUnreachable
                    try await record(failure, for: mail, attempts: mail.attempts + 1, replyLost: replyLost, into: &report)
                    if failure.isUnreachable {
                        // The server is down or the connection broke: the rest wait for the next pass.
                        await session?.close()
                        session = nil
                        report.unreachable = failure.description
                        return report
                    }
                }
            }
            if !claimedAny || due.count < batchSize { return report }
        }
    }

    private func record(_ failure: DeliveryError, for mail: OutboxMail, attempts: Int, replyLost: Bool, into report: inout DeliveryReport) async throws {
        guard let id = mail.id else { return }
        let now = clock()
        let reason = replyLost
            ? "no reply after the message was handed over (\(failure.description)): it may have arrived; sent again with the same Message-ID"
            : failure.description
        if replyLost { report.uncertain += 1 }
        if failure.isPermanent {
            try await store.markFailed(id, reply: reason, at: now, replyLost: replyLost)
            report.failed += 1
        } else if policy.shouldGiveUp(createdAt: mail.createdAt, now: now) {
            try await store.markFailed(id, reply: "gave up after \(attempts) attempts; last: \(reason)", at: now, replyLost: replyLost)
            report.failed += 1
        } else {
            try await store.markForRetry(id, reply: reason, next: now + policy.delay(afterAttempts: attempts), replyLost: replyLost)
            report.retried += 1
        }
    }

    /// Passes until nothing is due within `patience`, waiting for the next due mail in between (`outbox send --wait`).
    public func deliverUntilIdle(patience: Duration, pause: Duration = .seconds(1)) async throws -> DeliveryReport {
        var total = DeliveryReport()
        let deadline = clock() + patience
        while true {
            let report = try await deliverDue()
            total.add(report)
            if try await store.undeliveredCount() == 0 || clock() >= deadline { return total }
            try await Task.sleep(for: pause)
        }
    }
}

/// What one pass did.
public struct DeliveryReport: Sendable, Equatable {
    public var sent = 0
    public var retried = 0
    public var failed = 0
    /// Attempts among those retried or failed whose reply was lost after the
    /// hand-over: the mail may have arrived, and is sent again all the same.
    public var uncertain = 0
    /// Why the pass stopped early, when the server could not be reached.
    public var unreachable: String?

    public init() {}

    mutating func add(_ other: DeliveryReport) {
        sent += other.sent
        retried += other.retried
        failed += other.failed
        uncertain += other.uncertain
        unreachable = other.unreachable ?? unreachable
    }
}
