import ReglamentDiagnostics
import ReglamentYAML

/// Decodes the model's `Decodable` types straight from located YAML nodes.
/// Runs after the shape check, so a failure here is a bug, not a user
/// error; that keeps this decoder small and fast (no coding paths).
public struct NodeDecoder: Decoder {
    public let node: YAMLNode
    public var codingPath: [any CodingKey] { [] }
    public var userInfo: [CodingUserInfoKey: Any] { [:] }

    public init(node: YAMLNode) {
        self.node = node
    }

    /// `node`'s document must be held until this returns.
    public static func decode<T: Decodable>(_ type: T.Type, from node: YAMLNode) throws -> T {
        try NodeDecoder(node: node).decodeValue(type)
    }

    public static func decode<T: Decodable>(_ type: T.Type, from document: YAMLDocument) throws -> T {
        try document.withRoot { root in try decode(type, from: root) }
    }

    public func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard node.kind == .mapping else { throw mismatch(expected: "mapping") }
        return KeyedDecodingContainer(NodeKeyedContainer<Key>(mapping: node))
    }

    public func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        guard node.kind == .sequence else { throw mismatch(expected: "list") }
        return NodeUnkeyedContainer(items: node.items)
    }

    public func singleValueContainer() throws -> any SingleValueDecodingContainer {
        NodeSingleValueContainer(node: node)
    }

    /// Primitives are read directly; everything else through its own `init(from:)`.
    func decodeValue<T: Decodable>(_ type: T.Type) throws -> T {
        // The equality tests make these bit casts exact; they spare a
        // dynamic cast on every value of a large file.
        if T.self == String.self { return unsafeBitCast(try scalarText(), to: T.self) }
        if T.self == Int.self { return unsafeBitCast(try parse(Int.init, "integer"), to: T.self) }
        if T.self == Double.self { return unsafeBitCast(try parse(Double.init, "number"), to: T.self) }
        if T.self == Bool.self { return unsafeBitCast(try parse(NodeDecoder.bool, "boolean"), to: T.self) }
        if let direct = T.self as? any NodeDecodable.Type { return try direct.decode(node, as: T.self) }
        return try T(from: self)
    }

    func scalarText() throws -> String {
        guard let text = node.text else { throw mismatch(expected: "scalar") }
        return text
    }

    func parse<V>(_ convert: (String) -> V?, _ expected: String) throws -> V {
        guard let value = convert(try scalarText()) else { throw mismatch(expected: expected) }
        return value
    }

    var isNull: Bool { node.isNull }

    static func bool(_ text: String) -> Bool? {
        switch text {
        case "true", "True", "TRUE": true
        case "false", "False", "FALSE": false
        default: nil
        }
    }

    func mismatch(expected: String) -> DecodingError {
        .typeMismatch(Any.self, .init(codingPath: [], debugDescription: "expected a \(expected) at \(node.location)"))
    }
}

struct NodeKeyedContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let mapping: YAMLNode
    var location: SourceLocation { mapping.location }
    var codingPath: [any CodingKey] { [] }
    var allKeys: [Key] { mapping.pairs.compactMap { Key(stringValue: $0.keyText) } }

    func valueNode(_ key: Key) -> YAMLNode? { mapping[key.stringValue] }

    func contains(_ key: Key) -> Bool { valueNode(key) != nil }

    func decodeNil(forKey key: Key) throws -> Bool {
        guard let node = valueNode(key) else { return true }
        return NodeDecoder(node: node).isNull
    }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        // Every model type declares `location`: it is where its mapping starts.
        if T.self == SourceLocation.self { return unsafeBitCast(location, to: T.self) }
        guard let node = valueNode(key) else {
            throw DecodingError.keyNotFound(key, .init(codingPath: [], debugDescription: "missing at \(location)"))
        }
        return try NodeDecoder(node: node).decodeValue(type)
    }

    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
        guard let node = valueNode(key) else { return nil }
        let decoder = NodeDecoder(node: node)
        if decoder.isNull { return nil }
        return try decoder.decodeValue(type)
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws
        -> KeyedDecodingContainer<NestedKey>
    {
        try decoder(for: key).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try decoder(for: key).unkeyedContainer()
    }

    func superDecoder() throws -> any Decoder { NodeDecoder(node: mapping) }
    func superDecoder(forKey key: Key) throws -> any Decoder { try decoder(for: key) }

    private func decoder(for key: Key) throws -> NodeDecoder {
        guard let node = valueNode(key) else {
            throw DecodingError.keyNotFound(key, .init(codingPath: [], debugDescription: "missing at \(location)"))
        }
        return NodeDecoder(node: node)
    }
}

struct NodeUnkeyedContainer: UnkeyedDecodingContainer {
    let items: YAMLNode.Items
    var currentIndex = 0
    var codingPath: [any CodingKey] { [] }
    var count: Int? { items.count }
    var isAtEnd: Bool { currentIndex >= items.count }

    init(items: YAMLNode.Items) {
        self.items = items
    }

    mutating func next() throws -> NodeDecoder {
        guard !isAtEnd else {
            throw DecodingError.valueNotFound(Any.self, .init(codingPath: [], debugDescription: "list ended"))
        }
        defer { currentIndex += 1 }
        return NodeDecoder(node: items[currentIndex])
    }

    mutating func decodeNil() throws -> Bool {
        guard !isAtEnd, NodeDecoder(node: items[currentIndex]).isNull else { return false }
        currentIndex += 1
        return true
    }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T { try next().decodeValue(type) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws
        -> KeyedDecodingContainer<NestedKey>
    {
        try next().container(keyedBy: type)
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer { try next().unkeyedContainer() }
    mutating func superDecoder() throws -> any Decoder { try next() }
}

struct NodeSingleValueContainer: SingleValueDecodingContainer {
    let node: YAMLNode
    var codingPath: [any CodingKey] { [] }

    func decodeNil() -> Bool { NodeDecoder(node: node).isNull }
    func decode<T: Decodable>(_ type: T.Type) throws -> T { try NodeDecoder(node: node).decodeValue(type) }
}

extension SourceLocation: Decodable {
    /// Never read from YAML: `NodeKeyedContainer` supplies the mapping's
    /// own location, and the schema deriver leaves the field out.
    public init(from decoder: any Decoder) throws {
        self = (decoder as? NodeDecoder)?.node.location ?? .unknown
    }
}

