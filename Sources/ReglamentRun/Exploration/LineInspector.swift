import ReglamentCompile

/// What a client must never hear in a line the operator reads out: a
/// `{{slot}}` the call did not fill (shown as a stand-in such as «[имя ещё
/// не записано]», which is no line to read out either), or an internal id
/// (`cdek`, `card`, `piano`) that came in through a filled slot. An id counts only where it
/// stands as a whole word more often in the text said than in the owner's
/// own words of the template, so a template that names it on purpose is
/// not blamed.
struct LineInspector: Sendable {
    /// Every id of the regulation a value can carry: delivery methods and
    /// pickup points, payments, product classes, zones, contacts,
    /// escalation rules, steps, fields and the fields' choices.
    let ids: [String]

    init(compiled: CompiledRegulation) {
        var ids = Set<String>()
        ids.formUnion(compiled.deliveryMethods.map(\.id))
        ids.formUnion(compiled.deliveryMethods.flatMap(\.points).map(\.id))
        ids.formUnion(compiled.payment.map(\.id))
        ids.formUnion(compiled.productClasses.map(\.id))
        ids.formUnion(compiled.zones.map(\.id))
        ids.formUnion(compiled.contacts.map(\.id))
        ids.formUnion(compiled.escalations.map(\.id))
        ids.formUnion(compiled.scripts.flatMap(\.steps).map(\.id))
        ids.formUnion(compiled.fields.map(\.id))
        // A choice written only as words is its own id: saying it is right.
        ids.formUnion(compiled.fields.flatMap(\.choices).filter { $0.id != $0.label }.map(\.id))
        self.init(ids: ids)
    }

    init(ids: Set<String>) {
        self.ids = ids.filter { $0.count >= 2 }.sorted()
    }

    enum Problem: Sendable, Equatable, CustomStringConvertible {
        /// `{{order.total}}`, as it stands in the text.
        case unfilledSlot(String)
        /// A slot the call does not know yet, said as its stand-in.
        case notYetKnown(slot: String, standIn: String)
        case internalID(String)

        var description: String {
            switch self {
            case .unfilledSlot(let slot): "a slot left unfilled: \(slot)"
            case .notYetKnown(let slot, let standIn): "a value not known yet: {{\(slot)}}, said as «\(standIn)»"
            case .internalID(let id): "an internal id: \(id)"
            }
        }

        /// What a scenario can look for in the text said.
        var token: String {
            switch self {
            case .unfilledSlot(let slot): slot
            case .notYetKnown(_, let standIn): standIn
            case .internalID(let id): id
            }
        }
    }

    /// The problems of `text` as said, against the owner's `template`
    /// (nil for the runner's own words, such as a refusal: any id in them
    /// came from a value).
    func problems(in text: String, template: String?) -> [Problem] {
        let slots = Self.slots(in: text)
        var problems = slots.map(Problem.unfilledSlot)
        // An unfilled slot is reported once, not also for the id in its name.
        let said = Self.removingSlots(text)
        let written = template.map(Self.removingSlots) ?? ""
        for id in ids where Self.wholeWordCount(of: id, in: said) > Self.wholeWordCount(of: id, in: written) {
            problems.append(.internalID(id))
        }
        return problems
    }

    static func slots(in text: String) -> [String] {
        text.matches(of: /\{\{[^{}]*(?:\}\})?/).map { String(text[$0.range]) }
    }

    static func removingSlots(_ text: String) -> String {
        text.replacing(/\{\{[^{}]*\}\}/, with: " ")
    }

    /// Occurrences of `id` not joined to a letter, digit, `_` or `-` on either side.
    static func wholeWordCount(of id: String, in text: String) -> Int {
        text.ranges(of: id).count(where: { range in
            let before = range.lowerBound == text.startIndex ? nil : text[text.index(before: range.lowerBound)]
            let after = range.upperBound == text.endIndex ? nil : text[range.upperBound]
            return !isWordCharacter(before) && !isWordCharacter(after)
        })
    }

    private static func isWordCharacter(_ character: Character?) -> Bool {
        guard let character else { return false }
        return character.isLetter || character.isNumber || character == "_" || character == "-"
    }
}
