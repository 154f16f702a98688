import ReglamentDiagnostics

/// One loaded YAML file: every value with the place it was written, kept in
/// three flat buffers rather than as a tree of objects.
///
/// Why flat: a large regulation has close to a million values. As a tree of
/// nodes each would be an allocation (a `String`, an array) and every copy
/// of a node a reference count, which cost as much as libyaml's own parse;
/// here the whole file is three allocations, a node is an index into them,
/// and reading a value copies no reference at all.
///
/// A `YAMLNode` points into its document without keeping it alive, so read
/// nodes only while you hold the document, e.g. inside `withRoot`. The
/// document never changes once built, so any number of threads may read it.
public final class YAMLDocument: @unchecked Sendable {
    /// At an address that stays put while the document lives: nodes keep
    /// a pointer to it.
    private let storage: UnsafeMutablePointer<YAMLNodeStorage>
    private let rootIndex: Int32

    init(_ storage: consuming YAMLNodeStorage, root: Int32) {
        self.storage = .allocate(capacity: 1)
        self.storage.initialize(to: storage)
        rootIndex = root
    }

    deinit {
        storage.deinitialize(count: 1)
        storage.deallocate()
    }

    /// The top-level value. It reads this document's memory: keep the
    /// document while you use it, or use `withRoot`.
    public var root: YAMLNode { YAMLNode(storage: storage, index: rootIndex) }

    /// Runs `body` on the top-level value with the document kept alive
    /// until it returns. No node may be kept after that.
    public func withRoot<Result, Failure: Error>(
        _ body: (YAMLNode) throws(Failure) -> Result
    ) throws(Failure) -> Result {
        defer { withExtendedLifetime(self) {} }
        return try body(root)
    }
}

/// One value of a document.
struct NodeRecord: BitwiseCopyable {
    var location: SourceLocation
    /// A scalar's first byte in `text`; a collection's first entry in `entries`.
    var start: UInt32
    /// A scalar's length in bytes, a sequence's items, a mapping's pairs.
    var count: UInt32
    var kind: YAMLNode.Kind
    var style: YAMLScalar.Style
    var tag: YAMLNode.CoreTag?
}

/// A document's values: built by the loader (or a composer), then owned by
/// the document, without a copy in between.
struct YAMLNodeStorage: ~Copyable {
    var records = GrowableBuffer<NodeRecord>()
    /// The entries of every collection, each collection's in one run: a
    /// sequence's items, a mapping's keys and values alternately.
    var entries = GrowableBuffer<Int32>()
    /// The text of every scalar, one after another.
    var text: GrowableBuffer<UInt8>

    init(expectedTextBytes: Int = 0) {
        text = GrowableBuffer(capacity: expectedTextBytes)
    }

    mutating func addScalar(
        _ bytes: UnsafeBufferPointer<UInt8>, style: YAMLScalar.Style, tag: YAMLNode.CoreTag?, at location: SourceLocation
    ) -> Int32 {
        let start = UInt32(text.count)
        text.append(contentsOf: bytes)
        return add(NodeRecord(
            location: location, start: start, count: UInt32(bytes.count), kind: .scalar, style: style, tag: tag))
    }

    /// A sequence of `entries`, or a mapping whose `entries` are its keys
    /// and values alternately.
    mutating func addCollection(
        _ kind: YAMLNode.Kind, entries newEntries: UnsafeBufferPointer<Int32>, tag: YAMLNode.CoreTag?, at location: SourceLocation
    ) -> Int32 {
        let start = UInt32(entries.count)
        entries.append(contentsOf: newEntries)
        let count = kind == .mapping ? newEntries.count / 2 : newEntries.count
        return add(NodeRecord(location: location, start: start, count: UInt32(count), kind: kind, style: .plain, tag: tag))
    }

    /// The value of `index` again, written at `location`: what an alias
    /// stands for. Its insides are shared, not copied.
    mutating func addRepeat(of index: Int32, at location: SourceLocation) -> Int32 {
        var record = records[Int(index)]
        record.location = location
        return add(record)
    }

    func record(_ index: Int32) -> NodeRecord { records[Int(index)] }

    func bytes(of record: NodeRecord) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: text.base + Int(record.start), count: Int(record.count))
    }

    /// A mapping's key (by pair) or a sequence's item.
    func entry(_ position: Int, of record: NodeRecord) -> Int32 {
        entries[Int(record.start) + position]
    }

    /// What kind of YAML value this is, in the words a diagnostic uses.
    func kindName(of index: Int32) -> String {
        let record = records[Int(index)]
        switch record.kind {
        case .scalar:
            let isNull = record.style == .plain && YAMLScalar.isNullText(bytes(of: record))
            return isNull ? "null" : "scalar"
        case .sequence: return "list"
        case .mapping: return "mapping"
        }
    }

    private mutating func add(_ record: NodeRecord) -> Int32 {
        records.append(record)
        return Int32(records.count - 1)
    }
}
