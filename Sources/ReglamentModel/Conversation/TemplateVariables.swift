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
        // A byte scan: most texts have no braces at all, and this runs over every text.
        let bytes = text.utf8
        guard bytes.contains(UInt8(ascii: "{")) else { return [] }
        var result: [(name: String, offset: Int)] = []
        var index = bytes.startIndex
        // Offsets are counted on from the previous reference: counting
        // characters (grapheme breaking) from the start each time made
        // this the slowest of the checks' loops.
        var counted = (index: text.startIndex, characters: 0)
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
            let name = String(text[nameStart..<cursor]).trimmingSpaces
            counted = (open, counted.characters + text.distance(from: counted.index, to: open))
            result.append((name, counted.characters))
            index = bytes.index(cursor, offsetBy: 2)
        }
        return result
    }
}
