import ReglamentModel

/// Which `{{variables}}` a call can fill once certain order fields are
/// captured: the one table `check` (R412) and the compiled slots agree on.
/// Shop facts, the operator and the reference are known from the first
/// step; a field's value, and what its type tells (the client's name, the
/// zone's terms, the order's summary and total), once it is captured.
public enum KnownVariables {
    public static let fromTheStart: Set<String> = TemplateVariables.shopFacts.union([
        "operator.name", "order.reference", "payment.methods",
    ])

    /// What capturing `field` makes known.
    public static func after(_ field: OrderField) -> Set<String> {
        var known: Set<String> = ["order.\(field.id)"]
        switch field.type.value {
        case .fullName: known.insert("client.name")
        case .phone: known.insert("client.phone")
        case .postalIndex: known.formUnion(["zone.name", "zone.delivery", "zone.days", "zone.price", "zone.free_from", "client.local_time"])
        case .items: known.formUnion(["order.summary", "order.total"])
        default: break
        }
        return known
    }

    /// For each variable a field makes known, the fields that do: a line's
    /// variable is known where one of them is captured on every path.
    public static func givers(_ index: RegulationIndex) -> [String: Set<Identifier>] {
        var givers: [String: Set<Identifier>] = [:]
        for (id, field) in index.orderFields {
            for name in after(field) { givers[name, default: []].insert(id) }
        }
        return givers
    }

    /// Only an escalation knows these: whom it goes to and when they call back.
    public static let ofEscalation: Set<String> = [
        "contact.name", "contact.phone", "contact.hours", "callback.client_time", "callback.owner_time",
    ]
}
