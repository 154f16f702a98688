import Foundation
import ReglamentCompile
import ReglamentModel
import ReglamentWording

/// An outbound call that confirms an order, under the regulation's rules:
/// whether a call is due, recording a call nobody answered, cancelling the
/// order after too many, and recording how an answered call went. A client
/// who asked not to be called (SMS, e-mail, a messenger) gets the
/// confirmation as a text to send instead, when the regulation lets them
/// (`no_call: repeat_clients` only for clients with an earlier order).
/// The terminal runner and the audit's call generator both make them.
public struct ConfirmationCall: Sendable {
    public let runner: CallRunner
    public let orderReference: String
    public let operatorName: String
    public let noAnswer: Bool
    public let now: Date

    public init(runner: CallRunner, orderReference: String, operatorName: String, noAnswer: Bool, now: Date) {
        self.runner = runner
        self.orderReference = orderReference
        self.operatorName = operatorName
        self.noAnswer = noAnswer
        self.now = now
    }

    /// What happened, for the operator; `call` runs the conversation when one is due.
    public func run(call: (CallSession) async throws -> CallSession) async throws -> String {
        let compiled = runner.compiled, store = runner.store, shop = compiled.shop.id
        guard let order = try await store.order(orderReference, shop: shop) else {
            throw ConfirmationError("no order '\(orderReference)' in this call database for \(compiled.shop.name)")
        }
        guard let script = compiled.scripts.first(where: { $0.confirmation != nil }), let policy = script.confirmation else {
            throw ConfirmationError("the regulation has no confirmation-call rules (order.confirmation)")
        }
        let schedule = ConfirmationSchedule(policy: policy)
        var attempts = try await store.attempts(forOrder: orderReference, shop: shop)
        var decision = schedule.decide(attempts, now: now)
        if decision == .due && noAnswer {
            try await store.recordAttempt(ConfirmationAttempt(shop: shop, orderReference: orderReference, callReference: nil, at: now, result: .noAnswer))
            attempts = try await store.attempts(forOrder: orderReference, shop: shop)
            decision = schedule.decide(attempts, now: now)
            if case .notBefore(let next) = decision {
                return "Не дозвонились (\(attempts.count) из \(policy.attempts)). Следующий звонок не раньше \(local(next))."
            }
        }
        switch decision {
        case .settled(let result):
            return "Заказ \(orderReference) уже: \(result.rawValue). Звонить не нужно."
        case .notBefore(let next):
            return "Звонок по заказу \(orderReference) не раньше \(local(next)) (интервал — \(DurationWording.said(minutes: policy.retryAfterMinutes)))."
        case .cancel, .exhausted:
            try await store.updateOrderStatus(orderReference, shop: shop, status: .cancelled)
            try await store.recordAttempt(ConfirmationAttempt(shop: shop, orderReference: orderReference, callReference: nil, at: now, result: .cancelled))
            return "Заказ \(orderReference) отменён автоматически: без ответа звонков — \(attempts.count)."
        case .due:
            if let channel = try await textChannel(for: order, policy: policy) {
                try await store.recordAttempt(ConfirmationAttempt(
                    shop: shop, orderReference: orderReference, callReference: nil, at: now, result: .sentAsText))
                return "Клиент просил не звонить (\(channel)). Отправьте текст подтверждения:\n\n"
                    + ConfirmationText.text(for: OrderDetails(order, compiled: compiled), reference: orderReference) + "\n"
            }
            let session = try await call(try await runner.begin(script: script.id, operatorName: operatorName, order: order, at: now))
            guard let result = try await Self.recordEnding(of: session, order: order, store: store, at: now) else {
                return "Звонок не завершён; продолжить: --resume \(session.record.reference)"
            }
            return switch result {
            case .confirmed: "Заказ \(orderReference) подтверждён."
            case .changed: "Заказ \(orderReference) подтверждён с изменениями."
            case .cancelled: "Заказ \(orderReference) отменён клиентом."
            case .message, .transfer, .noAnswer, .sentAsText: "Заказ \(orderReference) ждёт: звонок закончился без подтверждения."
            }
        }
    }

    /// Records how a confirmation call that ended went (confirmed, changed,
    /// cancelled, a message, a transfer), wherever it was taken: here, or in
    /// the browser when its last step is committed. Nil while it goes on.
    @discardableResult
    public static func recordEnding(of session: CallSession, order: OrderRecord, store: any CallStore, at now: Date) async throws -> ConfirmationResult? {
        guard let outcome = session.outcome else { return nil }
        let changed = session.fields.filter { !$0.value.isEmpty } != order.fields
        let result: ConfirmationResult = switch outcome {
        case .order: changed ? .changed : .confirmed
        case .closed: .cancelled
        case .message: .message
        case .transfer: .transfer
        }
        try await store.recordAttempt(ConfirmationAttempt(
            shop: order.shop, orderReference: order.reference, callReference: session.record.reference, at: now, result: result))
        if result == .changed { try await store.updateOrderStatus(order.reference, shop: order.shop, status: .changed) }
        return result
    }

    /// The channel to confirm by instead of a call, when the client asked
    /// not to be called and the regulation allows it for them; nil: call.
    private func textChannel(for order: OrderRecord, policy: ConfirmationPolicy) async throws -> String? {
        let compiled = runner.compiled
        guard let field = compiled.fields.first(where: { $0.type == .contactChannel }),
              let channel = order.fields[field.id], channel != ContactChannels.call else { return nil }
        let label = field.choices.first { $0.id == channel }?.label ?? channel
        switch policy.noCall {
        case .anyone:
            return label
        case .repeatClients:
            guard let phoneField = compiled.fields.first(where: { $0.type == .phone }), let phone = order.fields[phoneField.id] else { return nil }
            let earlier = try await runner.store.orders(withField: phoneField.id, equalTo: phone, shop: compiled.shop.id)
            return earlier.contains { $0 != order.reference } ? label : nil
        }
    }

    private func local(_ date: Date) -> String {
        DateWording.moment(date, inZone: runner.compiled.shop.timezone, withYear: false)
    }
}

public struct ConfirmationError: Error, CustomStringConvertible {
    public let description: String
    init(_ description: String) { self.description = description }
}
