/// What changed for operators between two compiled versions of a
/// regulation, area by area, in the order the new version lists things.
///
/// Both versions are compared as compiled, so a comment or a reordering of
/// keys in the YAML is no change, and a shop fact changed once shows in
/// every line that says it. Items are matched by id: a renamed step is one
/// step removed and one added. Each concern is its own file:
/// `RegulationDiff+Facts` (shop facts, payment, authority),
/// `+Steps`, `+Zones` (delivery terms per zone), `+Escalations` (contacts'
/// hours and the escalation rules), `+FAQ`.
public struct RegulationDiff: Sendable {
    public let old: CompiledRegulation
    public let new: CompiledRegulation
    public let changes: [RegulationChange]

    public init(old: CompiledRegulation, new: CompiledRegulation) {
        self.old = old
        self.new = new
        changes = Self.facts(old, new) + Self.steps(old, new) + Self.zones(old, new)
            + Self.contacts(old, new) + Self.escalations(old, new) + Self.faq(old, new)
    }

    public var isEmpty: Bool { changes.isEmpty }

    // MARK: - Comparing lists by id

    /// A property compared between the two versions of an item: its name in
    /// the report and its value as said (nil when the item has none).
    typealias Property<Item> = (name: String, value: (Item) -> String?)

    /// Items of both versions matched by id: the new order first, then what only the old one had.
    static func pairs<Item, ID: Hashable>(_ old: [Item], _ new: [Item], id: (Item) -> ID) -> [(id: ID, old: Item?, new: Item?)] {
        let oldByID = Dictionary(old.map { (id($0), $0) }, uniquingKeysWith: { first, _ in first })
        let newIDs = Set(new.map(id))
        return new.map { (id($0), oldByID[id($0)], $0) } + old.filter { !newIDs.contains(id($0)) }.map { (id($0), $0, nil) }
    }

    /// Items added and removed (summarised by their first property with a value) and,
    /// for items in both versions, each property that differs.
    static func compare<Item, ID: Hashable & CustomStringConvertible>(
        _ area: RegulationChange.Area, _ old: [Item], _ new: [Item], id: (Item) -> ID, prefix: String = "",
        properties: [Property<Item>]
    ) -> [RegulationChange] {
        pairs(old, new, id: id).flatMap { pair -> [RegulationChange] in
            let subject = prefix + pair.id.description
            switch (pair.old, pair.new) {
            case (nil, let added?):
                return [RegulationChange(area: area, subject: subject, kind: .added, property: nil, old: nil, new: summary(added, properties))]
            case (let removed?, nil):
                return [RegulationChange(area: area, subject: subject, kind: .removed, property: nil, old: summary(removed, properties), new: nil)]
            case (let before?, let after?):
                return properties.compactMap { property in
                    change(area, subject, property: property.name, old: property.value(before), new: property.value(after))
                }
            default:
                return []
            }
        }
    }

    /// An item added or removed, in a word: its first property that has a value.
    private static func summary<Item>(_ item: Item, _ properties: [Property<Item>]) -> String? {
        properties.lazy.compactMap { $0.value(item) }.first
    }

    /// The change from `old` to `new`, or nil when they are the same.
    static func change(_ area: RegulationChange.Area, _ subject: String, property: String?, old: String?, new: String?) -> RegulationChange? {
        guard old != new else { return nil }
        let kind: RegulationChange.Kind = old == nil ? .added : new == nil ? .removed : .changed
        return RegulationChange(area: area, subject: subject, kind: kind, property: property, old: old, new: new)
    }

    /// A list as one value, empty as nil: an emptied list reads as removed.
    static func list(_ items: [String], separator: String = ", ") -> String? {
        items.isEmpty ? nil : items.joined(separator: separator)
    }
}
