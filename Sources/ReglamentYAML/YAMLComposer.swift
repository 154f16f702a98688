import ReglamentDiagnostics

/// Builds a new document out of values of loaded ones (copied with their
/// places) and new sequences and mappings of them: how the files a
/// regulation includes are merged into one. The documents copied from must
/// be held until `document(root:)` has returned.
public struct YAMLComposer: ~Copyable {
    /// A value written to the new document.
    public struct Value {
        let index: Int32
    }

    private var storage = YAMLNodeStorage()

    public init() {}

    /// `node` and everything in it, with their places.
    public mutating func copy(_ node: YAMLNode) -> Value {
        copy(node, omitting: [])
    }

    /// `node` and everything in it but the items and the mapping values in
    /// `omitted` (a value's key goes with it): what is left of a document
    /// once the parts with shape errors are taken out.
    public mutating func copy(_ node: YAMLNode, omitting omitted: Set<YAMLNode.ID>) -> Value {
        let record = node.storage.pointee.record(node.index)
        switch record.kind {
        case .scalar:
            let bytes = node.storage.pointee.bytes(of: record)
            return Value(index: storage.addScalar(bytes, style: record.style, tag: record.tag, at: record.location))
        case .sequence:
            var items: [Int32] = []
            for item in node.items where !omitted.contains(item.id) { items.append(copy(item, omitting: omitted).index) }
            return add(.sequence, items, tag: record.tag, at: record.location)
        case .mapping:
            var entries: [Int32] = []
            for pair in node.pairs where !omitted.contains(pair.value.id) {
                entries += [copy(pair.key).index, copy(pair.value, omitting: omitted).index]
            }
            return add(.mapping, entries, tag: record.tag, at: record.location)
        }
    }

    public mutating func sequence(_ items: [Value], at location: SourceLocation) -> Value {
        add(.sequence, items.map(\.index), tag: nil, at: location)
    }

    /// Keys must be scalars, each written once: the new document is read
    /// as if loaded.
    public mutating func mapping(_ pairs: [(key: Value, value: Value)], at location: SourceLocation) -> Value {
        add(.mapping, pairs.flatMap { [$0.key.index, $0.value.index] }, tag: nil, at: location)
    }

    public consuming func document(root: Value) -> YAMLDocument {
        YAMLDocument(storage, root: root.index)
    }

    private mutating func add(_ kind: YAMLNode.Kind, _ entries: [Int32], tag: YAMLNode.CoreTag?, at location: SourceLocation) -> Value {
        Value(index: entries.withUnsafeBufferPointer { storage.addCollection(kind, entries: $0, tag: tag, at: location) })
    }
}
