import ReglamentDiagnostics
import ReglamentYAML

/// What the shape check found, and what it means for reading the rest: the
/// parts the decoder must be spared (so every rule still runs on what is
/// sound, as a compiler goes on after a syntax error), and where a rule's
/// finding may only echo a shape error (so it is not reported twice).
public struct ShapeReport: Sendable {
    public private(set) var problems: [Diagnostic] = []
    /// Problems by place, built only once an alias's repeat is walked (a value an
    /// alias repeats is checked again there): a file without aliases never pays for it.
    private var byLocation: [SourceLocation: [Int]] = [:]
    private var indexed = 0
    /// The aliases being walked through, outermost first.
    var aliasSites: [SourceLocation] = []
    /// Which unknown keys can still be shown in full (`DiagnosticLimit`): the rest are only counted.
    var unknownKeys = DiagnosticLimit.Tracker()
    /// List items, dictionary values and optional fields that cannot be read: left out of the decoded model.
    public private(set) var omitted: Set<YAMLNode.ID> = []
    /// False when a required part of the root cannot be read: then nothing is decoded.
    public var isReadable = true
    /// The mappings that lost a part or hold an unknown key, and the ids of what was left out.
    public private(set) var damage = ShapeDamage()
    /// The warnings the regulation accepts (`accept:`), with the mappings they cover.
    public private(set) var acceptances: [WarningAcceptance] = []
    /// The root's own problems damage only what they lose: a misspelt section is missing, the others are sound.
    var root: YAMLNode.ID?

    /// Records a problem once; met again through an alias, the alias is added to it as a note.
    mutating func add(_ problem: Diagnostic) {
        guard !aliasSites.isEmpty else { return problems.append(problem) }
        while indexed < problems.count {
            byLocation[problems[indexed].location, default: []].append(indexed)
            indexed += 1
        }
        let notes = aliasSites.map { RelatedLocation(message: "the same value is used here through an alias", location: $0) }
        let same = byLocation[problem.location]?.first { problems[$0].code == problem.code && problems[$0].message == problem.message }
        guard let position = same else {
            problems.append(Diagnostic(
                code: problem.code, severity: problem.severity, message: problem.message, hint: problem.hint,
                location: problem.location, related: problem.related + notes))
            return
        }
        for note in notes where !problems[position].related.contains(note) { problems[position].related.append(note) }
    }

    /// Records a problem that makes its node unreadable; returns false, for `readable = refuse(…)`.
    mutating func refuse(_ problem: Diagnostic) -> Bool {
        add(problem)
        return false
    }

    /// `node`, a sound `accept:` of `holder`, accepts warnings there; an
    /// alias's repeat is the anchor's own and is taken once.
    mutating func accept(_ node: YAMLNode, in holder: YAMLNode) {
        for acceptance in WarningAcceptance.read(node, in: holder) where !acceptances.contains(acceptance) {
            acceptances.append(acceptance)
        }
    }

    /// After the whole document is checked: where the lost parts are named.
    mutating func finish(_ root: YAMLNode) {
        damage.markReferences(in: root)
    }

    /// `node` of `parent` is left out of the decoded model.
    mutating func omit(_ node: YAMLNode, from parent: YAMLNode) {
        omitted.insert(node.id)
        damage.record(lost: node, in: parent, isRoot: parent.id == root)
    }

    /// `node`, the value of an unknown key of `parent`, is not read: what it holds is missing from the model.
    mutating func ignore(_ node: YAMLNode, in parent: YAMLNode) {
        damage.record(lost: node, in: parent, isRoot: parent.id == root)
    }
}

/// The parts of a regulation its shape errors touch. A rule's finding inside
/// a damaged mapping, or naming an id that was left out, may be only the
/// shape error seen from elsewhere (a transfer "without fallback" whose
/// `falback:` is misspelt; a step "to an unknown contact" whose contact has
/// a wrong type): such findings are dropped while the shape errors stand.
public struct ShapeDamage: Sendable {
    /// The extents of the damaged mappings (the root's problems damage only what they lose).
    public private(set) var regions: [ClosedRange<SourceLocation>] = []
    /// The `id:` of every mapping left out or inside what was left out.
    public private(set) var lostIDs: Set<String> = []
    /// The mappings whose extent is recorded: each once, however many keys of it are unknown.
    private var damagedParents: Set<YAMLNode.ID> = []

    public var isEmpty: Bool { regions.isEmpty && lostIDs.isEmpty }

    mutating func record(lost node: YAMLNode, in parent: YAMLNode, isRoot: Bool) {
        if !isRoot, damagedParents.insert(parent.id).inserted { regions.append(parent.extent) }
        collectIDs(of: node)
    }

    private mutating func collectIDs(of node: YAMLNode) {
        switch node.kind {
        case .scalar: return
        case .sequence: for item in node.items { collectIDs(of: item) }
        case .mapping:
            if let id = node["id"]?.text { lostIDs.insert(id) }
            for pair in node.pairs { collectIDs(of: pair.value) }
        }
    }

    /// Adds the mappings of `root` that name a lost id (`to: logistics` of a
    /// lost contact), and the list item around each (the zone of an option
    /// with a lost `method:`): what a rule finds there may be only the loss.
    mutating func markReferences(in root: YAMLNode) {
        guard !lostIDs.isEmpty else { return }
        func names(_ node: YAMLNode) -> Bool {
            switch node.kind {
            case .scalar: node.text.map(lostIDs.contains) ?? false
            case .sequence: node.items.contains { $0.kind == .scalar && names($0) }
            case .mapping: false
            }
        }
        /// `around`: the nearest list item that holds `node`, not `node` itself.
        func visit(_ node: YAMLNode, around: YAMLNode?, isItem: Bool) {
            switch node.kind {
            case .scalar: return
            case .sequence: for item in node.items { visit(item, around: around, isItem: true) }
            case .mapping:
                if node.pairs.contains(where: { $0.keyText != "id" && names($0.value) }) {
                    regions.append(node.extent)
                    if let around { regions.append(around.extent) }
                }
                for pair in node.pairs { visit(pair.value, around: isItem ? node : around, isItem: false) }
            }
        }
        visit(root, around: nil, isItem: false)
    }

    /// Whether a rule's finding may be this damage seen from elsewhere.
    public func mayEcho(_ diagnostic: Diagnostic) -> Bool {
        regions.contains { $0.contains(diagnostic.location) }
            || lostIDs.contains { diagnostic.message.contains("'\($0)'") }
    }
}
