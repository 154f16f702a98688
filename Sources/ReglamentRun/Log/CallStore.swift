import Foundation
import ReglamentModel

/// Where calls are kept. Each event is durable when `append` returns, so
/// the runner shows the next step only after the last one is safe; an
/// outcome and what it produces (the order, the message for the outbox)
/// are written in one transaction.
///
/// SQLite (`SQLiteCallStore`) is the embedded default; every store passes
/// the same conformance tests.
public protocol CallStore: OutboxStore {
    /// Opens a call with a new reference, unique for the shop:
    /// `prefix-MMDD-NNN`, the counter running per shop and day.
    func beginCall(shop: String, prefix: String, version: String, script: String, operatorName: String,
                   direction: CallDirection, orderReference: String?, at: Date) async throws -> CallRecord
    /// Appends a step's events together: all are durable, or none, when it returns.
    func append(_ events: [CallEvent], toCall reference: String, shop: String) async throws
    func events(ofCall reference: String, shop: String) async throws -> [CallEvent]
    func call(_ reference: String, shop: String) async throws -> CallRecord?
    /// Ends the call with its last events, its order or message and the
    /// mails they send, all or nothing: the log never says a call ended
    /// without its outcome stored, and no outcome is stored without its mail queued.
    func finish(call reference: String, shop: String, outcome: Outcome, at: Date,
                order: OrderRecord?, message: MessageRecord?, mail: [OutboxMail], events: [CallEvent]) async throws
    func order(_ reference: String, shop: String) async throws -> OrderRecord?
    func updateOrderStatus(_ reference: String, shop: String, status: OrderStatus) async throws
    func recordAttempt(_ attempt: ConfirmationAttempt) async throws
    func attempts(forOrder reference: String, shop: String) async throws -> [ConfirmationAttempt]
    func message(_ reference: String, shop: String) async throws -> MessageRecord?
    /// The references of the shop's orders whose field `field` holds `value` (an earlier order by the same phone).
    func orders(withField field: String, equalTo value: String, shop: String) async throws -> [String]
}

extension CallStore {
    public func append(_ event: CallEvent, toCall reference: String, shop: String) async throws {
        try await append([event], toCall: reference, shop: shop)
    }
}
