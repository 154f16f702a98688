/// What changed for operators between two compiled versions of a
/// regulation, area by area, in the order the new version lists things.
public struct RegulationDiff: Sendable {
    public let old: CompiledRegulation
    public let new: CompiledRegulation
    public let changes: [RegulationChange]

    public init(old: CompiledRegulation, new: CompiledRegulation) {
        self.old = old
        self.new = new
        var changes: [RegulationChange] = []
        changes += Self.facts(old.facts, new.facts)
        for script in Self.pairs(old.scripts, new.scripts, id: \.id) {
            changes += Self.steps(script.id, script.old?.steps ?? [], script.new?.steps ?? [])
        }
        changes += Self.compare(.zone, old.zones, new.zones, id: \.id, properties: [
            ("name", { $0.name }), ("timezone", { $0.timezone }),
            ("postal", { $0.postal.joined(separator: ", ") }), ("cities", { $0.cities.joined(separator: ", ") }),
        ])
        changes += Self.zoneOptions(old.zones, new.zones)
        changes += Self.compare(.contact, old.contacts, new.contacts, id: \.id, properties: [
            ("hours", { $0.hours }), ("phone", { $0.phone }), ("email", { $0.email }), ("timezone", { $0.timezone }),
            ("holidays", { contact in contact.availability.map { $0.exceptions.map { "\($0.dates)" + ($0.note.map { " (\($0))" } ?? "") }.joined(separator: "; ") } }),
        ])
        changes += Self.compare(.escalation, old.escalations, new.escalations, id: \.id, properties: [
            ("action", { $0.action }), ("contact", { $0.contact }), ("fallback", { $0.fallback }),
            ("whisper", { $0.whisper?.text }), ("promise", { $0.promise?.text }), ("amount", { $0.amount }),
        ])
        changes += Self.compare(.faq, old.faq, new.faq, id: \.id, properties: [
            ("answer", { $0.answer.text }), ("questions", { $0.questions.joined(separator: " | ") }),
        ])
        self.changes = changes
    }

    public var isEmpty: Bool { changes.isEmpty }

    // MARK: - Areas

    private static func facts(_ old: [String: String], _ new: [String: String]) -> [RegulationChange] {
        Set(old.keys).union(new.keys).sorted().compactMap { name in
            change(.fact, name, property: nil, old: old[name], new: new[name])
        }
    }

    private static func steps(_ script: String, _ old: [Step], _ new: [Step]) -> [RegulationChange] {
        compare(.step, old, new, id: \.id, prefix: "\(script)/", properties: [
            ("line", { $0.line?.text }),
            ("options", { $0.options.map { "\($0.label) → \($0.target)" }.joined(separator: "; ") }),
            ("next", { $0.next }),
            ("field", { $0.field }),
        ])
    }

    private static func zoneOptions(_ old: [CompiledZone], _ new: [CompiledZone]) -> [RegulationChange] {
        pairs(old, new, id: \.id).flatMap { zone -> [RegulationChange] in
            guard let before = zone.old, let after = zone.new else { return [] }
            return compare(.zone, before.options, after.options, id: \.method, prefix: "\(zone.id)/", properties: [
                ("days", { $0.days }), ("price", { $0.price }), ("free_from", { $0.freeFrom }),
                ("excludes", { $0.excludes.joined(separator: ", ") }), ("points", { $0.points.joined(separator: ", ") }),
            ])
        }
    }

    // MARK: - Comparing lists by id

    /// Items of both versions matched by id: the new order first, then what only the old one had.
    static func pairs<Item, ID: Hashable>(_ old: [Item], _ new: [Item], id: (Item) -> ID) -> [(id: ID, old: Item?, new: Item?)] {
        let oldByID = Dictionary(old.map { (id($0), $0) }, uniquingKeysWith: { first, _ in first })
        let newIDs = Set(new.map(id))
        return new.map { (id($0), oldByID[id($0)], $0) } + old.filter { !newIDs.contains(id($0)) }.map { (id($0), $0, nil) }
    }

    static func compare<Item, ID: Hashable & CustomStringConvertible>(
        _ area: RegulationChange.Area, _ old: [Item], _ new: [Item], id: (Item) -> ID, prefix: String = "",
        properties: [(String, (Item) -> String?)]
    ) -> [RegulationChange] {
        pairs(old, new, id: id).flatMap { pair -> [RegulationChange] in
            let subject = prefix + pair.id.description
            switch (pair.old, pair.new) {
            case (nil, let added?):
                return [RegulationChange(area: area, subject: subject, kind: .added, property: nil, old: nil, new: summary(added, properties))]
            case (let removed?, nil):
                return [RegulationChange(area: area, subject: subject, kind: .removed, property: nil, old: summary(removed, properties), new: nil)]
            case (let before?, let after?):
                return properties.compactMap { name, value in change(area, subject, property: name, old: value(before), new: value(after)) }
            default:
                return []
            }
        }
    }

    private static func summary<Item>(_ item: Item, _ properties: [(String, (Item) -> String?)]) -> String? {
        properties.first.flatMap { $0.1(item) }
    }

    private static func change(_ area: RegulationChange.Area, _ subject: String, property: String?, old: String?, new: String?) -> RegulationChange? {
        guard old != new else { return nil }
        let kind: RegulationChange.Kind = old == nil ? .added : new == nil ? .removed : .changed
        return RegulationChange(area: area, subject: subject, kind: kind, property: property, old: old, new: new)
    }
}
