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

    /// Builds from one event; `text` is the bytes of the event's batch.
    mutating func consume(_ event: PackedYAMLEvent, text: UnsafeBufferPointer<UInt8>) throws(YAMLLoadError) {
        let location = SourceLocation(fileID: fileID, line: Int(event.line), column: Int(event.column))
        switch event.kind {
        case .scalar:
            try addScalar(event, text: text, at: location)
        case .mappingStart:
            try open(.mapping, event, text: text, at: location)
        case .sequenceStart:
            try open(.sequence, event, text: text, at: location)
        case .collectionEnd:
            try close()
        case .alias:
            try addAlias(Self.string(event.anchor, in: text) ?? "", at: location)
        case .documentStart:
            documents += 1
            if documents > 1 {
                throw YAMLLoadError(
                    .multipleDocuments, "a second YAML document starts here; a regulation file holds one",
                    hint: "remove the '---' or move the second document to its own file",
                    at: location)
            }
        case .other:
            break  // stream start and end, document end
        }
    }

    // MARK: - Values

    private mutating func addScalar(_ event: PackedYAMLEvent, text: UnsafeBufferPointer<UInt8>, at location: SourceLocation) throws(YAMLLoadError) {
        let bytes = Self.bytes(event.value, in: text)
        guard !frames.isEmpty else {
            throw topLevelNotMapping(event.style == .plain && YAMLScalar.isNullText(bytes) ? "null" : "scalar", at: location)
        }
        var tag: YAMLNode.CoreTag?
        if let written = Self.string(event.tag, in: text) { tag = try coreTag(written, on: .scalar, at: location) }
        let index = storage.addScalar(bytes, style: event.style, tag: tag, at: location)
        if let anchor = Self.string(event.anchor, in: text) { anchors[anchor] = .closed(index, nodeCount: 1) }
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
        _ kind: YAMLNode.Kind, _ event: PackedYAMLEvent, text: UnsafeBufferPointer<UInt8>, at location: SourceLocation
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
        var tag: YAMLNode.CoreTag?
        if let written = Self.string(event.tag, in: text) { tag = try coreTag(written, on: kind, at: location) }
        let anchor = Self.string(event.anchor, in: text)
        if let anchor { anchors[anchor] = .open(location) }
        frames.append(Frame(kind: kind, location: location, tag: tag, anchor: anchor, firstEntry: pending.count))
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

    private func coreTag(_ tag: String, on kind: YAMLNode.Kind, at location: SourceLocation) throws(YAMLLoadError) -> YAMLNode.CoreTag {
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

    private static func bytes(_ span: PackedYAMLEvent.Span, in text: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: text[Int(span.start)..<Int(span.start + span.count)])
    }

    /// Anchors and tags are rare, so they are made `String`s.
    private static func string(_ span: PackedYAMLEvent.Span?, in text: UnsafeBufferPointer<UInt8>) -> String? {
        span.map { String(decoding: bytes($0, in: text), as: UTF8.self) }
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
