import ReglamentModel
import ReglamentWording

/// The shop facts a line may name, and the substitution of them: what is
/// known when compiling is written in; what only a call knows stays a slot.
struct FactTable {
    let facts: [String: String]
    let orderFields: Set<String>

    init(_ regulation: Regulation, currency: String) {
        let shop = regulation.shop
        var facts: [String: String] = [
            "shop.name": shop.name.value,
            "shop.phone": shop.phone.value.written,
            "shop.timezone": shop.timezone.value.identifier,
            "shop.hours": LocalWeek(shop.hours.week).said(),
            "delivery.methods": regulation.delivery.methods.map(\.name.value).joined(separator: ", "),
        ]
        facts["shop.site"] = shop.site?.value
        facts["shop.email"] = shop.email?.value.address
        facts["shop.about"] = shop.about?.value
        if let authority = regulation.authority {
            facts["authority.compensation_max"] = authority.compensationMax.map { MoneyWording.amount($0.value) }
            facts["authority.discount_max"] = authority.discountMax.map { "\($0.value)" }
        }
        let fields = Set(regulation.order.fields.map(\.id.text))
        // The consent wording may itself name shop facts.
        facts["order.consent"] = FactTable(facts: facts, orderFields: fields).line(regulation.order.consent.value).text
        self.init(facts: facts, orderFields: fields)
    }

    private init(facts: [String: String], orderFields: Set<String>) {
        self.facts = facts
        self.orderFields = orderFields
    }

    /// The text with facts written in, and its remaining slots with their sources.
    func line(_ text: String, extra: [String: String] = [:]) -> Line {
        // A byte scan, not Foundation's `range(of:)`: this runs over every
        // text of the regulation, and most have no braces at all.
        let bytes = text.utf8
        guard bytes.contains(UInt8(ascii: "{")) else { return Line(text: text) }
        var result = ""
        var slots: [Slot] = []
        var copied = bytes.startIndex
        var cursor = bytes.startIndex
        while let open = Self.find("{{", in: bytes, from: cursor) {
            let nameStart = bytes.index(open, offsetBy: 2)
            guard let close = Self.find("}}", in: bytes, from: nameStart) else { break }
            result += text[copied..<open]
            let name = text[nameStart..<close].trimmingSpaces
            if let value = extra[name] ?? facts[name] {
                result += value
            } else {
                result += "{{\(name)}}"
                if !slots.contains(where: { $0.name == name }) {
                    slots.append(Slot(name: name, source: source(of: name)))
                }
            }
            copied = bytes.index(close, offsetBy: 2)
            cursor = copied
        }
        result += text[copied...]
        return Line(text: result, slots: slots)
    }

    private static func find(_ pair: StaticString, in bytes: String.UTF8View, from start: String.Index) -> String.Index? {
        let first = pair.utf8Start[0], second = pair.utf8Start[1]
        var index = start
        while let candidate = bytes[index...].firstIndex(of: first) {
            let after = bytes.index(after: candidate)
            if after < bytes.endIndex, bytes[after] == second { return candidate }
            index = after
        }
        return nil
    }

    func source(of slot: String) -> SlotSource {
        if slot.hasPrefix("zone.") { return .zone }
        if slot.hasPrefix("contact.") || slot.hasPrefix("callback.") { return .escalation }
        if slot == "operator.name" { return .operator }
        if slot == "topic" || slot == "question" { return .operatorInput }
        if slot.hasPrefix("client.") { return .capturedField }
        if slot.hasPrefix("order."), orderFields.contains(String(slot.dropFirst("order.".count))) { return .capturedField }
        return .call
    }
}
