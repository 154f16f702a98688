import ReglamentDiagnostics

/// A YAML value with the place it was written: a scalar, a sequence or a
/// mapping of a `YAMLDocument`. The loader has already expanded aliases and
/// applied merge keys (`<<`), so consumers see plain values only.
///
/// A node is an index into its document and does not keep the document
/// alive (copying a node costs nothing, which matters at a million values):
/// use nodes only while the document is held.
public struct YAMLNode: @unchecked Sendable {
    public enum Kind: UInt8, Sendable, BitwiseCopyable {
        case scalar, sequence, mapping
    }

    /// The document's storage, read without reference counting: two
    /// threads reading one document would otherwise contend for its count.
    let storage: UnsafePointer<YAMLNodeStorage>
    let index: Int32

    init(storage: UnsafePointer<YAMLNodeStorage>, index: Int32) {
        self.storage = storage
        self.index = index
    }

    private var record: NodeRecord { storage.pointee.record(index) }

    /// Which node of its document this is (an alias's expansions share one).
    public struct ID: Hashable, Sendable {
        let index: Int32
    }

    public var id: ID { ID(index: index) }

    public var kind: Kind { record.kind }

    /// Where the value starts (for a block mapping, its first key).
    public var location: SourceLocation { record.location }

    /// The resolved tag when one was written explicitly (`tag:yaml.org,2002:str`
    /// for `!!str`), else nil.
    public var tag: String? { record.tag?.name }

    /// A scalar's text and style; nil for a sequence or a mapping.
    public var scalar: YAMLScalar? {
        let record = record
        guard record.kind == .scalar else { return nil }
        return YAMLScalar(String(decoding: bytes(of: record), as: UTF8.self), style: record.style)
    }

    /// A scalar's text; nil for a sequence or a mapping.
    public var text: String? { scalar?.value }

    /// A plain scalar that YAML's core schema reads as null (`~`, `null`, empty),
    /// told without making a `String` of it.
    public var isNull: Bool {
        let record = record
        guard record.kind == .scalar, record.style == .plain else { return false }
        return YAMLScalar.isNullText(bytes(of: record))
    }

    /// Whether this is a scalar whose text is `string`, compared in place.
    public func hasText(_ string: String) -> Bool {
        let record = record
        // The length first: it tells most keys of a mapping apart.
        guard record.kind == .scalar, Int(record.count) == string.utf8.count else { return false }
        let bytes = bytes(of: record)
        return string.utf8.withContiguousStorageIfAvailable { $0.elementsEqual(bytes) }
            ?? string.utf8.elementsEqual(bytes)
    }

    /// A sequence's items; empty for anything else.
    public var items: Items {
        let record = record
        return Items(storage: storage, start: Int(record.start), count: record.kind == .sequence ? Int(record.count) : 0)
    }

    /// A mapping's pairs in document order; empty for anything else. Keys
    /// are always scalars, each written once.
    public var pairs: Pairs {
        let record = record
        return Pairs(storage: storage, start: Int(record.start), count: record.kind == .mapping ? Int(record.count) : 0)
    }

    /// The value of `key` in a mapping. Decoding asks this of every field
    /// of every mapping, so it compares keys in place, by length first.
    public subscript(key: String) -> YAMLNode? {
        let record = record
        guard record.kind == .mapping else { return nil }
        let length = key.utf8.count
        for pair in 0..<Int(record.count) {
            let entry = Int(record.start) + 2 * pair
            let candidate = YAMLNode(storage: storage, index: storage.pointee.entries[entry])
            guard storage.pointee.record(candidate.index).count == length else { continue }
            if candidate.hasText(key) {
                return YAMLNode(storage: storage, index: storage.pointee.entries[entry + 1])
            }
        }
        return nil
    }

    /// Whether this is a collection an alias repeats (`overrides: *holidays`):
    /// its values were written at the anchor, before the alias's own place.
    public var isAliasRepeat: Bool {
        switch kind {
        case .scalar: false
        case .sequence: items.first.map { $0.location < location } ?? false
        case .mapping: pairs.first.map { $0.key.location < location } ?? false
        }
    }

    /// The places of the values inside it, from the first to the last (an
    /// alias or a merge key `<<` may bring in values written before it).
    public var extent: ClosedRange<SourceLocation> {
        var first = location
        var last = location
        func visit(_ node: YAMLNode) {
            first = min(first, node.location)
            last = max(last, node.location)
            switch node.kind {
            case .scalar: return
            case .sequence: for item in node.items { visit(item) }
            case .mapping: for pair in node.pairs { visit(pair.key); visit(pair.value) }
            }
        }
        visit(self)
        return first...last
    }

    private func bytes(of record: NodeRecord) -> UnsafeBufferPointer<UInt8> {
        storage.pointee.bytes(of: record)
    }
}

extension YAMLNode {
    /// The node as an enumeration, for reading by pattern matching. It
    /// gathers the items or pairs into an array: the hot paths use `kind`,
    /// `items` and `pairs` instead.
    public enum Content {
        case scalar(YAMLScalar)
        case sequence([YAMLNode])
        case mapping([YAMLPair])
    }

    public var content: Content {
        switch kind {
        case .scalar: .scalar(scalar!)
        case .sequence: .sequence(Array(items))
        case .mapping: .mapping(Array(pairs))
        }
    }

    /// What kind of YAML value this is, in the words a diagnostic uses.
    public var kindName: String { storage.pointee.kindName(of: index) }

    public struct Items: RandomAccessCollection, @unchecked Sendable {
        let storage: UnsafePointer<YAMLNodeStorage>
        let start: Int
        public let count: Int

        public var startIndex: Int { 0 }
        public var endIndex: Int { count }

        public subscript(position: Int) -> YAMLNode {
            precondition(position >= 0 && position < count, "index out of range")
            return YAMLNode(storage: storage, index: storage.pointee.entries[start + position])
        }
    }

    public struct Pairs: RandomAccessCollection, @unchecked Sendable {
        let storage: UnsafePointer<YAMLNodeStorage>
        let start: Int
        public let count: Int

        public var startIndex: Int { 0 }
        public var endIndex: Int { count }

        public subscript(position: Int) -> YAMLPair {
            precondition(position >= 0 && position < count, "index out of range")
            let entry = start + 2 * position
            return YAMLPair(
                key: YAMLNode(storage: storage, index: storage.pointee.entries[entry]),
                value: YAMLNode(storage: storage, index: storage.pointee.entries[entry + 1]))
        }
    }
}

public struct YAMLScalar: Sendable, Hashable {
    public enum Style: UInt8, Sendable, Hashable, BitwiseCopyable {
        case plain, singleQuoted, doubleQuoted, literal, folded
    }

    public var value: String
    public var style: Style

    public init(_ value: String, style: Style = .plain) {
        self.value = value
        self.style = style
    }

    /// A plain scalar that YAML's core schema reads as null (`~`, `null`, empty).
    public var isNull: Bool {
        guard style == .plain else { return false }
        var value = value
        return value.withUTF8 { Self.isNullText($0) }
    }

    static func isNullText(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        switch bytes.count {
        case 0: true
        case 1: bytes[0] == UInt8(ascii: "~")
        case 4: bytes.elementsEqual("null".utf8) || bytes.elementsEqual("Null".utf8) || bytes.elementsEqual("NULL".utf8)
        default: false
        }
    }
}

public struct YAMLPair: Sendable {
    public var key: YAMLNode
    public var value: YAMLNode

    public init(key: YAMLNode, value: YAMLNode) {
        self.key = key
        self.value = value
    }

    /// The key's text (keys are always scalars).
    public var keyText: String { key.text ?? "" }
}
