import ReglamentDiagnostics

/// Turns libyaml's events into one `YAMLNode` tree, refusing on the way what
/// a regulation must not contain: duplicate, complex and alias keys, tags
/// outside the core schema, runaway aliases, deep nesting, a second
/// document or a top level that is not a mapping. Aliases are expanded and
/// merge keys (`<<`) applied here, so consumers never see either.
struct YAMLTreeBuilder {
    let file: String
    let fileID: SourceFileID
    let limits: YAMLLoader.Limits

    private var frames: [Frame] = []
    private var anchors: [String: Anchored] = [:]
    private var aliasedNodes = 0
    private var documents = 0
    private var root: YAMLNode?

    init(file: String, limits: YAMLLoader.Limits) {
        self.file = file
        self.fileID = SourceFileTable.id(for: file)
        self.limits = limits
    }

    /// The finished tree, or nil when the stream held no document.
    var result: YAMLNode? { root }

    mutating func consume(_ event: consuming YAMLEvent) throws(YAMLLoadError) {
        switch event.kind {
        case .scalar(let scalar):
            try addScalar(scalar, at: location(of: event))
        case .mappingStart(let start):
            try open(.mapping, start, at: location(of: event))
        case .sequenceStart(let start):
            try open(.sequence, start, at: location(of: event))
        case .mappingEnd, .sequenceEnd:
            try close()
        case .alias(let anchor):
            try addAlias(anchor, at: location(of: event))
        case .documentStart:
            documents += 1
            if documents > 1 {
                throw YAMLLoadError(
                    .multipleDocuments, "a second YAML document starts here; a regulation file holds one",
                    hint: "remove the '---' or move the second document to its own file",
                    at: location(of: event))
            }
        case .streamStart, .streamEnd, .documentEnd:
            break
        }
    }

    // MARK: - Nodes

    private mutating func addScalar(_ scalar: consuming YAMLScalarEvent, at location: SourceLocation) throws(YAMLLoadError) {
        let value = YAMLScalar(scalar.value, style: scalar.style)
        guard !frames.isEmpty else { throw topLevelNotMapping(value.isNull ? "null" : "scalar", at: location) }
        if let tag = scalar.tag { try check(tag, on: .scalar, at: location) }
        // Built after the checks: a node used on one path only is moved into
        // its parent rather than copied, which matters at a million scalars.
        let node = YAMLNode(.scalar(value), location: location, tag: scalar.tag)
        if let anchor = scalar.anchor { anchors[anchor] = .closed(node, nodeCount: 1) }
        try attach(node, nodeCount: 1)
    }

    private mutating func addAlias(_ anchor: String, at location: SourceLocation) throws(YAMLLoadError) {
        if frames.last?.awaitsKey == true {
            throw YAMLLoadError(
                .aliasKey, "alias '*\(anchor)' used as a mapping key",
                hint: "write the key itself; aliases may stand only for values", at: location)
        }
        switch anchors[anchor] {
        case nil:
            throw YAMLLoadError(
                .undefinedAlias, "alias '*\(anchor)' refers to no anchor defined before it",
                hint: "define '&\(anchor)' on a value above this line", at: location)
        case .open(let anchorLocation):
            throw YAMLLoadError(
                .recursiveAlias, "alias '*\(anchor)' is inside the value it refers to",
                hint: "an alias cannot repeat the value it is part of",
                at: location,
                related: [RelatedLocation(message: "'&\(anchor)' is defined here", location: anchorLocation)])
        case .closed(var node, let nodeCount):
            aliasedNodes += nodeCount
            if aliasedNodes > limits.maxAliasedNodes {
                throw YAMLLoadError(
                    .aliasBudget,
                    "aliases expand to more than \(limits.maxAliasedNodes) nodes; the file repeats too much through '*\(anchor)'",
                    hint: "write the repeated parts out, or alias smaller values", at: location)
            }
            guard !frames.isEmpty else { throw topLevelNotMapping(node.kindName, at: location) }
            // The alias's own place, so a diagnostic about the value as a
            // whole points where it is used; its insides keep theirs.
            node.location = location
            try attach(node, nodeCount: nodeCount)
        }
    }

    private mutating func open(_ kind: Frame.Kind, _ start: YAMLCollectionStart, at location: SourceLocation) throws(YAMLLoadError) {
        if frames.isEmpty && kind == .sequence {
            throw topLevelNotMapping("list", at: location)
        }
        if frames.last?.awaitsKey == true {
            throw YAMLLoadError(
                .complexKey, "a \(kind == .mapping ? "mapping" : "list") is used as a mapping key",
                hint: "keys must be plain text such as 'name'", at: location)
        }
        if frames.count >= limits.maxNesting {
            throw YAMLLoadError(
                .tooDeep, "values nest more than \(limits.maxNesting) levels deep",
                hint: "a regulation needs only a few levels; look for unclosed '[' or '{'", at: location)
        }
        if let tag = start.tag { try check(tag, on: kind == .mapping ? .mapping : .sequence, at: location) }
        if let anchor = start.anchor { anchors[anchor] = .open(location) }
        frames.append(Frame(kind: kind, location: location, tag: start.tag, anchor: start.anchor))
    }

    private mutating func close() throws(YAMLLoadError) {
        guard let frame = frames.popLast() else { return }
        let content: YAMLNode.Content = switch frame.kind {
        case .sequence: .sequence(frame.items)
        case .mapping: .mapping(frame.merges.isEmpty ? frame.pairs : frame.mergedPairs())
        }
        let node = YAMLNode(content, location: frame.location, tag: frame.tag)
        if let anchor = frame.anchor { anchors[anchor] = .closed(node, nodeCount: frame.nodeCount) }
        if frames.isEmpty {
            root = node
        } else {
            try attach(node, nodeCount: frame.nodeCount)
        }
    }

    /// Adds a finished node to the open collection: an item, a key, or the
    /// value of the waiting key.
    private mutating func attach(_ node: consuming YAMLNode, nodeCount: Int) throws(YAMLLoadError) {
        let top = frames.count - 1
        frames[top].nodeCount += nodeCount
        switch frames[top].kind {
        case .sequence:
            frames[top].add(node)
        case .mapping:
            if let key = frames[top].key.take() {
                if frames[top].keyIsMerge {
                    frames[top].keyIsMerge = false
                    try frames[top].addMerge(node)
                } else {
                    frames[top].add(YAMLPair(key: key, value: node))
                }
            } else {
                try frames[top].setKey(node)
            }
        }
    }

    // MARK: - Refusals

    private enum NodeKind { case scalar, mapping, sequence }

    private static let corePrefix = "tag:yaml.org,2002:"
    private static let scalarTags: Set<String> = ["str", "int", "float", "bool", "null"].reduce(into: []) { $0.insert(corePrefix + $1) }

    private func check(_ tag: String, on kind: NodeKind, at location: SourceLocation) throws(YAMLLoadError) {
        let fits = switch kind {
        case .scalar: Self.scalarTags.contains(tag)
        case .mapping: tag == Self.corePrefix + "map"
        case .sequence: tag == Self.corePrefix + "seq"
        }
        if fits { return }
        let written = tag.hasPrefix(Self.corePrefix) ? "!!" + tag.dropFirst(Self.corePrefix.count) : tag
        let isCore = Self.scalarTags.contains(tag) || tag == Self.corePrefix + "map" || tag == Self.corePrefix + "seq"
        if isCore {
            let kindName = switch kind {
            case .scalar: "a plain value"
            case .mapping: "a mapping"
            case .sequence: "a list"
            }
            throw YAMLLoadError(
                .misplacedTag, "tag '\(written)' cannot be put on \(kindName)",
                hint: "remove the tag", at: location)
        }
        throw YAMLLoadError(
            .unknownTag, "tag '\(written)' is not allowed",
            hint: "only YAML's core tags are read (!!str, !!int, !!float, !!bool, !!null, !!map, !!seq); remove the tag",
            at: location)
    }

    private func topLevelNotMapping(_ kindName: String, at location: SourceLocation) -> YAMLLoadError {
        YAMLLoadError(
            .topLevelNotMapping, "the top level is a \(kindName); a regulation file is a mapping of keys",
            hint: "start the file with a key such as 'shop:'", at: location)
    }

    private func location(of event: YAMLEvent) -> SourceLocation {
        SourceLocation(fileID: fileID, line: event.line, column: event.column)
    }
}

extension YAMLTreeBuilder {
    private enum Anchored {
        /// The anchored collection has started and not yet ended.
        case open(SourceLocation)
        /// `nodeCount` is what each alias to it spends of the budget.
        case closed(YAMLNode, nodeCount: Int)
    }
}
