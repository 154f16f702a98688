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
        var values: [String: String] = [
            "operator.name": record.operatorName,
            "order.reference": orderReference,
        ]
        for field in compiled.fields {
            if let spoken = order.spokenValue(of: field) { values["order.\(field.id)"] = spoken }
        }
        values["order.summary"] = order.summary
        values["order.total"] = order.total.map(compiled.amount)
        values["client.name"] = capturedValue(ofType: .fullName) ?? messageItems[.clientName]
        values["client.phone"] = capturedValue(ofType: .phone) ?? messageItems[.contact]
        values["question"] = messageItems[.question]
        values["payment.methods"] = order.feasiblePayments.map { payment in
            payment.max.flatMap(Money.init(decimal:)).map { "\(payment.name) (до \(compiled.said($0)))" } ?? payment.name
        }.joined(separator: ", ")
        if let zone {
            // The terms of the options the goods can use, priced for their classes.
            let terms = compiled.terms(of: order.feasibleDelivery, for: order.classes)
            values["zone.name"] = zone.name
            values["zone.delivery"] = terms.delivery
            values["zone.days"] = terms.days
            values["zone.price"] = terms.price
            values["zone.free_from"] = terms.freeFrom
        }
        if let rule = escalation?.rule, let contact = contact(rule.contact) {
            values["contact.name"] = contact.name
            values["contact.phone"] = contact.phone
            values["contact.hours"] = contact.hours.map { "\($0) \(ZonePhrase.whose(contact.timezone ?? compiled.shop.timezone))" }
        }
        if let promise {
            values["callback.client_time"] = promise.client
            values["callback.owner_time"] = promise.contact
        }
        return values
    }

    /// The line's text with every slot the call can fill written in, and a
    /// readable stand-in for the others: never a raw `{{…}}`.
    public func fill(_ line: Line, extra: [String: String] = [:]) -> String {
        let filled = line.filling(slotValues.merging(extra) { _, given in given })
        guard !filled.slots.isEmpty else { return filled.text }
        return filled.filling(Dictionary(uniqueKeysWithValues: filled.slots.map { ($0.name, standIn(for: $0.name)) })).text
    }

    /// The slots of `line` the call cannot fill yet: said as stand-ins.
    public func unknownSlots(of line: Line) -> [String] {
        line.filling(slotValues).slots.map(\.name)
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
