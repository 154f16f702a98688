/// The `{{variables}}` a regulation's texts may use. Shop facts are filled
/// in when the regulation is compiled; the rest only a call can fill.
public enum TemplateVariables {
    public static let shopFacts: Set<String> = [
        "shop.name", "shop.phone", "shop.site", "shop.email", "shop.about", "shop.hours", "shop.timezone",
        "payment.methods", "delivery.methods", "order.consent",
        "authority.compensation_max", "authority.discount_max",
    ]

    public static let callSlots: Set<String> = [
        "operator.name", "client.name", "client.phone", "client.local_time",
        "zone.name", "zone.delivery", "zone.days", "zone.price", "zone.free_from",
        "order.reference", "order.total", "order.summary",
        "contact.name", "contact.phone", "contact.hours",
        "callback.client_time", "callback.owner_time",
        "topic", "question",
    ]

    /// Every name a text may use, including `order.<field>` for each order field.
    public static func known(orderFields: [String]) -> Set<String> {
        shopFacts.union(callSlots).union(orderFields.map { "order.\($0)" })
    }

    /// The variables in a text, in order, with their offsets in characters.
    public static func references(in text: String) -> [(name: String, offset: Int)] {
        var result: [(name: String, offset: Int)] = []
        var searchStart = text.startIndex
        while let open = text[searchStart...].range(of: "{{"),
              let close = text[open.upperBound...].range(of: "}}")
        {
            let name = text[open.upperBound..<close.lowerBound].trimmingSpaces
            result.append((name, text.distance(from: text.startIndex, to: open.lowerBound)))
            searchStart = close.upperBound
        }
        return result
    }
}
