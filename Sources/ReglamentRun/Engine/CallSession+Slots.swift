import ReglamentCompile

extension CallSession {
    /// What the call knows for the slots of a line: the operator, the
    /// reference, captured fields, the zone, the escalation and its promise.
    public var slotValues: [String: String] {
        var values: [String: String] = [
            "operator.name": record.operatorName,
            "order.reference": record.reference,
        ]
        for (id, value) in fields where !value.isEmpty { values["order.\(id)"] = value }
        values["client.name"] = capturedValue(ofType: "full_name") ?? messageItems[.clientName]
        values["client.phone"] = capturedValue(ofType: "phone") ?? messageItems[.contact]
        values["question"] = messageItems[.question]
        if let zone { values.merge(zone.variables()) { _, zoneValue in zoneValue } }
        if let rule = escalation?.rule, let contact = compiled.contacts.first(where: { $0.id == rule.contact }) {
            values["contact.name"] = contact.name
            values["contact.phone"] = contact.phone
            values["contact.hours"] = contact.hours
        }
        if let promise {
            values["callback.client_time"] = promise.client
            values["callback.owner_time"] = promise.contact
        }
        return values
    }

    /// The line's text with every slot the call can fill written in.
    public func fill(_ line: Line, extra: [String: String] = [:]) -> String {
        line.filling(slotValues.merging(extra) { _, given in given }).text
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
