import Foundation
import ReglamentModel

/// What the operator reads out when a call ends, the same at the terminal
/// and in the browser: the reference for the client, what the order holds,
/// the callback promised.
public struct CallEnding: Sendable, Equatable {
    public struct Detail: Sendable, Equatable {
        public var label: String
        public var value: String
    }

    public var outcome: Outcome
    /// «ЗАКАЗ ПРИНЯТ. Номер для клиента: UY-1201-004».
    public var headline: String
    /// The order's fields as read back to the client (an order only).
    public var details: [Detail]
    /// The order's total with delivery, said as money.
    public var total: String?
    /// The callback promised, in the client's words (a message only).
    public var promise: String?
}

extension CallSession {
    /// Nil while the call goes on.
    public var ending: CallEnding? {
        guard let outcome else { return nil }
        let reference = record.reference
        switch outcome {
        case .order:
            let details = compiled.fields.compactMap { field in
                order.spokenValue(of: field).map { CallEnding.Detail(label: field.label, value: $0) }
            }
            let headline = record.direction == .outbound
                ? "Заказ \(orderReference) подтверждён"
                : "ЗАКАЗ ПРИНЯТ. Номер для клиента: \(reference)"
            return CallEnding(outcome: outcome, headline: headline, details: details, total: order.total.map { compiled.said($0) })
        case .message:
            // Said as the mail goes: to the escalation's contact, else the owner.
            let contact = messageContact(escalation?.rule)
            let to = contact == nil || contact?.role == .owner ? "владельцу" : "— \(contact?.name ?? "")"
            return CallEnding(
                outcome: outcome, headline: "СООБЩЕНИЕ ПЕРЕДАНО \(to). Номер для клиента: \(reference)", details: [],
                promise: promise?.client)
        case .transfer:
            return CallEnding(outcome: outcome, headline: "Звонок переведён. Номер обращения: \(reference)", details: [])
        case .closed:
            return CallEnding(outcome: outcome, headline: "Звонок завершён. Номер обращения: \(reference)", details: [])
        }
    }
}
