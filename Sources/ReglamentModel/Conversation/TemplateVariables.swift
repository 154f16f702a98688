/// The `{{variables}}` a regulation's texts may use. Shop facts are filled
/// in when the regulation is compiled; the rest only a call can fill.
public enum TemplateVariables {
    public static let shopFacts: Set<String> = [
        "shop.name", "shop.phone", "shop.site", "shop.email", "shop.about", "shop.hours", "shop.timezone",
        "delivery.methods", "order.consent",
        "authority.compensation_max", "authority.discount_max",
    ]

    public static let callSlots: Set<String> = [
        "operator.name", "client.name", "client.phone", "client.local_time",
        "zone.name", "zone.delivery", "zone.days", "zone.price", "zone.free_from",
        "order.reference", "order.total", "order.summary",
        "contact.name", "contact.phone", "contact.hours",
        "callback.client_time", "callback.owner_time",
        "topic", "question",
        // The ways of paying that fit the order so far: a call knows them, not the compiler.
        "payment.methods",
    ]

    /// Every name a text may use, including `order.<field>` for each order field.
    public static func known(orderFields: [String]) -> Set<String> {
        shopFacts.union(callSlots).union(orderFields.map { "order.\($0)" })
    }

    /// The names of the variables in a text, in order.
    public static func names(in text: String) -> [String] {
        // A byte scan: most texts have no braces at all, and this runs over every text.
        let bytes = text.utf8
        let hasBrace = bytes.withContiguousStorageIfAvailable { $0.contains(UInt8(ascii: "{")) }
            ?? bytes.contains(UInt8(ascii: "{"))
        guard hasBrace else { return [] }
        var result: [String] = []
        var index = bytes.startIndex
        while let open = bytes[index...].firstIndex(of: UInt8(ascii: "{")) {
            let afterOpen = bytes.index(after: open)
            guard afterOpen < bytes.endIndex, bytes[afterOpen] == UInt8(ascii: "{") else {
                index = afterOpen
                continue
            }
            let nameStart = bytes.index(after: afterOpen)
            var cursor = nameStart
            while cursor < bytes.endIndex,
                  !(bytes[cursor] == UInt8(ascii: "}") && bytes.index(after: cursor) < bytes.endIndex
                    && bytes[bytes.index(after: cursor)] == UInt8(ascii: "}"))
            {
                cursor = bytes.index(after: cursor)
            }
            guard cursor < bytes.endIndex else { break }
            result.append(String(text[nameStart..<cursor]).trimmingSpaces)
            index = bytes.index(cursor, offsetBy: 2)
        }
        return result
    }
}
