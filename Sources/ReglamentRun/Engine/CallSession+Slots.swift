import ReglamentCompile
import ReglamentModel
import ReglamentWording

extension CallSession {
    /// What the call knows for the slots of a line, as it is said: the
    /// operator, the reference (an outbound call's is its order's), captured
    /// fields by their names, the order's summary and total, the zone's terms
    /// for the goods captured, the escalation and its promise.
    public var slotValues: [String: String] {
        let order = self.order
        let names = Self.callSlotNames + compiled.fields.map { "order.\($0.id)" }
        return names.reduce(into: [:]) { values, name in values[name] = slotValue(name, order: order) }
    }

    private static let callSlotNames = [
        "operator.name", "order.reference", "order.summary", "order.total", "client.name", "client.phone", "question",
        "payment.methods", "zone.name", "zone.delivery", "zone.days", "zone.price", "zone.free_from",
        "contact.name", "contact.phone", "contact.hours", "callback.client_time", "callback.owner_time",
    ]

    /// One slot's value, or nil while the call does not know it. Lines ask
    /// for their own slots only: most name one or two.
    func slotValue(_ name: String, order: OrderDetails) -> String? {
        switch name {
        case "operator.name": return record.operatorName
        case "order.reference": return orderReference
        case "order.summary": return order.summary
        case "order.total": return order.total.map(compiled.amount)
        case "client.name": return capturedValue(ofType: .fullName) ?? messageItems[.clientName]
        case "client.phone": return capturedValue(ofType: .phone) ?? messageItems[.contact]
        case "question": return messageItems[.question]
        case "payment.methods":
            return order.feasiblePayments.map { payment in
                payment.max.flatMap(Money.init(decimal:)).map { "\(payment.name) (до \(compiled.said($0)))" } ?? payment.name
            }.joined(separator: ", ")
        case "zone.name": return zone?.name
        case "zone.delivery", "zone.days", "zone.price", "zone.free_from":
            // The terms of the options the goods can use, priced for their classes.
            guard zone != nil else { return nil }
            let terms = compiled.terms(of: order.feasibleDelivery, for: order.classes)
            return switch name {
            case "zone.delivery": terms.delivery
            case "zone.days": terms.days
            case "zone.price": terms.price
            default: terms.freeFrom
            }
        case "contact.name", "contact.phone", "contact.hours":
            guard let rule = escalation?.rule, let contact = contact(rule.contact) else { return nil }
            return switch name {
            case "contact.name": contact.name
            case "contact.phone": contact.phone
            default: contact.hours.map { "\($0) \(ZonePhrase.whose(contact.timezone ?? compiled.shop.timezone))" }
            }
        case "callback.client_time": return promise?.client
        case "callback.owner_time": return promise?.contact
        default:
            guard name.hasPrefix("order."), let field = field(String(name.dropFirst("order.".count))) else { return nil }
            return order.spokenValue(of: field)
        }
    }

    /// The line's text with every slot the call can fill written in, and a
    /// readable stand-in for the others: never a raw `{{…}}`.
    public func fill(_ line: Line, extra: [String: String] = [:]) -> String {
        guard !line.slots.isEmpty else { return line.text }
        var order: OrderDetails?
        let filled = line.filling { name in
            if let given = extra[name] { return given }
            if order == nil { order = self.order }
            return order.flatMap { slotValue(name, order: $0) }
        }
        return filled.slots.isEmpty ? filled.text : filled.filling { standIn(for: $0) }.text
    }

    /// The slots of `line` the call cannot fill yet: said as stand-ins.
    public func unknownSlots(of line: Line) -> [String] {
        guard !line.slots.isEmpty else { return [] }
        let order = self.order
        return line.slots.map(\.name).filter { slotValue($0, order: order) == nil }
    }

    /// What the operator sees where a value is not known yet: what is missing, in words.
    public func standIn(for slot: String) -> String {
        switch slot {
        case "client.name": return "[имя ещё не записано]"
        case "client.phone": return "[телефон ещё не записан]"
        case "question", "topic": return "[вопрос клиента — своими словами]"
        case "order.summary": return "[состав заказа ещё не записан]"
        case "order.total": return "[сумма ещё не известна]"
        case "callback.client_time", "callback.owner_time": return "[когда перезвонят — ещё не известно]"
        default:
            if slot.hasPrefix("zone.") { return "[зона клиента не известна — спросите индекс]" }
            if slot.hasPrefix("contact.") { return "[контакт не выбран]" }
            if slot.hasPrefix("order."), let field = field(String(slot.dropFirst("order.".count))) {
                return "[\(field.label.lowercased()) — ещё не записано]"
            }
            return "[нет данных]"
        }
    }
}

/// The zone a postal index falls in.
public enum PostalZones {
    public static func zone(for index: String, in compiled: CompiledRegulation) -> CompiledZone? {
        guard let number = Int(index.filter(\.isNumber)) else { return nil }
        return compiled.zones.first { zone in
            zone.postal.contains { range in
                let ends = range.split(separator: "-").compactMap { Int($0) }
                return ends.count == 2 && ends[0] <= number && number <= ends[1]
            }
        }
    }
}
