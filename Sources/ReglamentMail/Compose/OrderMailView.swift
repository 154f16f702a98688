import Foundation
import ReglamentCompile
import ReglamentRun
import ReglamentWording

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
                    "\(option.methodName) — \(DeliveryTerm.said(fewest: option.daysMin, most: option.daysMax)), "
                        + MoneyWording.amount(decimal: option.price, currency: currency)
                        + (option.freeFrom.map { ", бесплатно от \(MoneyWording.amount(decimal: $0, currency: currency))" } ?? "")
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
        callTime = DateWording.moment(call.startedAt, inZone: compiled.shop.timezone, withYear: true)
        subject = "[\(order.reference)] Новый заказ — \(clientName)"
    }
}
