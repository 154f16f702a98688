import Foundation

/// Turns a call's outcome into the mails the owner receives. The runner
/// calls it while storing the outcome, so the mails are written in the same
/// transaction; the mail module implements it (templates, MIME).
public protocol OutcomeMailComposing: Sendable {
    func mails(
        for call: CallRecord, order: OrderRecord?, message: MessageRecord?, notifications: [NotificationRecord], at now: Date
    ) -> [OutboxMail]

    /// The same mails, readable: subject and plain text before encoding.
    func texts(
        for call: CallRecord, order: OrderRecord?, message: MessageRecord?, notifications: [NotificationRecord], at now: Date
    ) -> [OwnerMailText]
}

extension OutcomeMailComposing {
    public func mails(for call: CallRecord, order: OrderRecord?, message: MessageRecord?, at now: Date) -> [OutboxMail] {
        mails(for: call, order: order, message: message, notifications: [], at: now)
    }
}
