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
    /// Goods and delivery together.
    let total: String?
    let zone: String?
    let doNotCall: Bool
    let operatorName: String
    let callTime: String

    init(order: OrderRecord, call: CallRecord, compiled: CompiledRegulation) {
        let details = OrderDetails(order, compiled: compiled)
        let zone = details.zone
        fields = compiled.fields.compactMap { field in
            guard order.fields[field.id] != nil, let value = field.type == .items ? nil : details.spokenValue(of: field) ?? order.fields[field.id]
            else {
                // The items one per line, each with the classes the operator confirmed.
                guard field.type == .items, order.fields[field.id] != nil else { return nil }
                let lines = details.items.map { item in
                    let cost = item.cost.map { " — \(compiled.said($0))" } ?? ""
                    let classes = item.classes.compactMap { id in compiled.productClasses.first { $0.id == id }?.name }
                    return "\(item.name) × \(item.quantity)\(cost)" + (classes.isEmpty ? "" : " (\(classes.joined(separator: ", ")))")
                }
                return Field(label: field.label, value: lines.joined(separator: "\n"), lines: lines, isList: lines.count > 1)
            }
            let lines = value.split(separator: "\n").map(String.init)
            return Field(label: field.label, value: value, lines: lines, isList: lines.count > 1)
        }
        let delivery = compiled.fields.first { $0.type == .delivery }.flatMap { details.spokenValue(of: $0) }
        total = details.total.map(compiled.said)
        self.delivery = delivery
        self.zone = zone.map { "\($0.name) (\($0.timezone))" }
        reference = order.reference
        shopName = compiled.shop.name
        let name = compiled.value(ofType: .fullName, in: order.fields)
        clientName = name ?? "(без имени)"
        let channel = compiled.value(ofType: .contactChannel, in: order.fields)
        doNotCall = ContactChannels.forbidsCalls(channel)
        operatorName = call.operatorName
        callTime = DateWording.moment(call.startedAt, inZone: compiled.shop.timezone, withYear: true)
        subject = "[\(order.reference)] Новый заказ — \(clientName)"
    }
}
