import Foundation
import ReglamentCompile
import ReglamentRun

/// What the order templates read: every captured field under its label,
/// choices by their names, the delivery option with its days and price.
struct OrderMailView {
    struct Field {
        let label: String
        let value: String
        /// Several lines (the items): shown as a list.
        let lines: [String]
        let isList: Bool
    }

    let subject: String
    let reference: String
    let shopName: String
    let clientName: String
    let fields: [Field]
    let delivery: String?
    let zone: String?
    let doNotCall: Bool
    let operatorName: String
    let callTime: String

    init(order: OrderRecord, call: CallRecord, compiled: CompiledRegulation) {
        let zone = order.fields["postal_index"].flatMap { PostalZones.zone(for: $0, in: compiled) }
            ?? compiled.fields.first { $0.type == "postal_index" }.flatMap { order.fields[$0.id] }.flatMap { PostalZones.zone(for: $0, in: compiled) }
        var delivery: String?
        fields = compiled.fields.compactMap { field in
            guard let stored = order.fields[field.id] else { return nil }
            let value: String
            switch field.type {
            case "payment":
                value = compiled.payment.first { $0.id == stored }?.name ?? stored
            case "delivery":
                let option = zone?.options.first { $0.method == stored }
                let currency = compiled.shop.currency
                value = option.map { option in
                    "\(option.methodName) — \(option.days) дн., \(MailMoney.format(option.price, currency))"
                        + (option.freeFrom.map { ", бесплатно от \(MailMoney.format($0, currency))" } ?? "")
                } ?? stored
                delivery = value
            case "items":
                // The product classes in brackets are for the runner, not the owner.
                value = stored.split(separator: "\n").map { line in
                    line.hasSuffix("]") ? line[..<(line.lastIndex(of: "[") ?? line.endIndex)].trimmingCharacters(in: .whitespaces) : String(line)
                }.joined(separator: "\n")
            default:
                value = field.choices.first { $0.id == stored }?.label ?? stored
            }
            let lines = value.split(separator: "\n").map(String.init)
            return Field(label: field.label, value: value, lines: lines, isList: lines.count > 1)
        }
        self.delivery = delivery
        self.zone = zone.map { "\($0.name) (\($0.timezone))" }
        reference = order.reference
        shopName = compiled.shop.name
        let name = compiled.fields.first { $0.type == "full_name" }.flatMap { order.fields[$0.id] }
        clientName = name ?? "(без имени)"
        let channel = compiled.fields.first { $0.type == "contact_channel" }.flatMap { order.fields[$0.id] }
        doNotCall = MessageMailView.forbidsCalls(channel)
        operatorName = call.operatorName
        callTime = MailDates.local(call.startedAt, in: compiled.shop.timezone)
        subject = "[\(order.reference)] Новый заказ — \(clientName)"
    }
}

/// "8000" → "8 000 ₽".
enum MailMoney {
    static func format(_ amount: String, _ currency: String) -> String {
        let parts = amount.split(separator: ".", maxSplits: 1)
        guard let whole = parts.first, whole.allSatisfy(\.isNumber) else { return amount }
        var grouped = ""
        for (index, digit) in whole.reversed().enumerated() {
            if index > 0, index % 3 == 0 { grouped.append(" ") }
            grouped.append(digit)
        }
        let fraction = parts.count > 1 && parts[1].contains { $0 != "0" } ? "," + parts[1] : ""
        let sign = ["RUB": "₽", "USD": "$", "EUR": "€", "KZT": "₸", "BYN": "Br"][currency] ?? currency
        return String(grouped.reversed()) + fraction + " " + sign
    }
}
