import CYAML
import ReglamentDiagnostics

/// Turns libyaml's events into a `YAMLDocument`, refusing on the way what a
/// regulation must not contain: duplicate, complex and alias keys, tags
/// outside the core schema, runaway aliases, deep nesting, a second
/// document or a top level that is not a mapping. Aliases are expanded and
/// merge keys (`<<`) applied here, so consumers never see either.
///
/// Values are written to the document's storage as they end (children
/// before their parent); an open collection keeps its finished entries on
/// one shared stack, `pending`, until its end event moves them to storage.
struct YAMLTreeBuilder: ~Copyable {
    let fileID: SourceFileID
    let limits: YAMLLoader.Limits

    private var storage: YAMLNodeStorage
    private var frames: [Frame] = []
    private var pending: [Int32] = []
    private var anchors: [String: Anchored] = [:]
    private var aliasedNodes = 0
    private var documents = 0
    private var root: Int32?

    init(file: String, limits: YAMLLoader.Limits, expectedTextBytes: Int) {
        self.fileID = SourceFileTable.id(for: file)
        self.limits = limits
        self.storage = YAMLNodeStorage(expectedTextBytes: expectedTextBytes)
    }

    /// The finished document; nil when the stream held none.
    consuming func document() -> YAMLDocument? {
        guard let root else { return nil }
        return YAMLDocument(storage, root: root)
    }

    mutating func consume(_ event: UnsafePointer<yaml_event_t>) throws(YAMLLoadError) {
        let location = SourceLocation(
            fileID: fileID, line: Int(event.pointee.start_mark.line) + 1, column: Int(event.pointee.start_mark.column) + 1)
        switch event.pointee.type {
        case YAML_SCALAR_EVENT:
            try addScalar(event, at: location)
        case YAML_MAPPING_START_EVENT:
            let start = event.pointee.data.mapping_start
            try open(.mapping, anchor: start.anchor, tag: start.tag, at: location)
        case YAML_SEQUENCE_START_EVENT:
            let start = event.pointee.data.sequence_start
            try open(.sequence, anchor: start.anchor, tag: start.tag, at: location)
        case YAML_MAPPING_END_EVENT, YAML_SEQUENCE_END_EVENT:
            try close()
        case YAML_ALIAS_EVENT:
            try addAlias(YAMLEventReader.string(event.pointee.data.alias.anchor) ?? "", at: location)
        case YAML_DOCUMENT_START_EVENT:
            documents += 1
            if documents > 1 {
                throw YAMLLoadError(
                    .multipleDocuments, "a second YAML document starts here; a regulation file holds one",
                    hint: "remove the '---' or move the second document to its own file",
                    at: location)
            }
        default:
            break  // stream start and end, document end
        }
    }

    // MARK: - Values

    private mutating func addScalar(_ event: UnsafePointer<yaml_event_t>, at location: SourceLocation) throws(YAMLLoadError) {
        let scalar = event.pointee.data.scalar
        let style = YAMLEventReader.scalarStyle(scalar.style)
        let bytes = UnsafeBufferPointer(start: scalar.value, count: scalar.length)
        guard !frames.isEmpty else {
            throw topLevelNotMapping(style == .plain && YAMLScalar.isNullText(bytes) ? "null" : "scalar", at: location)
        }
        var tag: YAMLNode.CoreTag?
        if let written = scalar.tag { tag = try coreTag(written, on: .scalar, at: location) }
        let index = storage.addScalar(bytes, style: style, tag: tag, at: location)
        if let anchor = YAMLEventReader.string(scalar.anchor) { anchors[anchor] = .closed(index, nodeCount: 1) }
        try attach(index, nodeCount: 1)
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
        case .closed(let anchored, let nodeCount):
            aliasedNodes += nodeCount
            if aliasedNodes > limits.maxAliasedNodes {
                throw YAMLLoadError(
                    .aliasBudget,
                    "aliases expand to more than \(limits.maxAliasedNodes) nodes; the file repeats too much through '*\(anchor)'",
                    hint: "write the repeated parts out, or alias smaller values", at: location)
            }
            guard !frames.isEmpty else { throw topLevelNotMapping(storage.kindName(of: anchored), at: location) }
            // The alias's own place, so a diagnostic about the value as a
            // whole points where it is used; its insides keep theirs.
            try attach(storage.addRepeat(of: anchored, at: location), nodeCount: nodeCount)
        }
    }

    private mutating func open(
        _ kind: YAMLNode.Kind, anchor: UnsafeMutablePointer<yaml_char_t>?, tag: UnsafeMutablePointer<yaml_char_t>?,
        at location: SourceLocation
    ) throws(YAMLLoadError) {
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
        var resolved: YAMLNode.CoreTag?
        if let tag { resolved = try coreTag(tag, on: kind, at: location) }
        let name = YAMLEventReader.string(anchor)
        if let name { anchors[name] = .open(location) }
        frames.append(Frame(kind: kind, location: location, tag: resolved, anchor: name, firstEntry: pending.count))
    }

    private mutating func close() throws(YAMLLoadError) {
        guard let frame = frames.popLast() else { return }
        let index = pending.withUnsafeBufferPointer { pending in
            let entries = UnsafeBufferPointer(rebasing: pending[frame.firstEntry...])
            if frame.merges.isEmpty {
                return storage.addCollection(frame.kind, entries: entries, tag: frame.tag, at: frame.location)
            }
            return frame.mergedEntries(entries, in: storage).withUnsafeBufferPointer {
                storage.addCollection(frame.kind, entries: $0, tag: frame.tag, at: frame.location)
            }
        }
        pending.removeSubrange(frame.firstEntry...)
        if let anchor = frame.anchor { anchors[anchor] = .closed(index, nodeCount: frame.nodeCount) }
        if frames.isEmpty {
            root = index
        } else {
            try attach(index, nodeCount: frame.nodeCount)
        }
    }

    /// Adds a finished value to the open collection: an item, a key, or the
    /// value of the waiting key.
    private mutating func attach(_ index: Int32, nodeCount: Int) throws(YAMLLoadError) {
        let top = frames.count - 1
        frames[top].nodeCount += nodeCount
        switch frames[top].kind {
        case .sequence, .scalar:
            pending.append(index)
        case .mapping:
            if frames[top].awaitsKey {
                if try frames[top].takeKey(index, pending: pending, in: storage) { pending.append(index) }
            } else if frames[top].keyIsMerge {
                try frames[top].addMerge(index, in: storage, pairsSoFar: (pending.count - frames[top].firstEntry) / 2)
            } else {
                frames[top].awaitsKey = true
                pending.append(index)
            }
        }
    }

    // MARK: - Refusals

    private func coreTag(
        _ pointer: UnsafeMutablePointer<yaml_char_t>, on kind: YAMLNode.Kind, at location: SourceLocation
    ) throws(YAMLLoadError) -> YAMLNode.CoreTag {
        let tag = String(cString: pointer)
        let coreTag = YAMLNode.CoreTag(name: tag)
        let fits = switch (kind, coreTag) {
        case (.scalar, .str?), (.scalar, .int?), (.scalar, .float?), (.scalar, .bool?), (.scalar, .null?): true
        case (.mapping, .map?), (.sequence, .seq?): true
        default: false
        }
        if fits, let coreTag { return coreTag }
        let prefix = YAMLNode.CoreTag.prefix
        let written = tag.hasPrefix(prefix) ? "!!" + tag.dropFirst(prefix.count) : tag
        if coreTag != nil {
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
}

extension YAMLTreeBuilder {
    private enum Anchored {
        /// The anchored collection has started and not yet ended.
        case open(SourceLocation)
        /// `nodeCount` is what each alias to it spends of the budget.
        case closed(Int32, nodeCount: Int)
    }
}
