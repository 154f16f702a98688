import ReglamentYAML

/// A value `NodeDecoder` builds straight from its node: one written as a
/// scalar (text, a number, an identifier, a format such as a postal range,
/// a word of an enumeration, or one of these with its location), or a list.
///
/// Why: through `init(from:)`, each value would box the decoder and a
/// container on the heap and go through the `Decoder` protocols, and
/// `Located` and `Identifier` would cast the decoder back to find their
/// location. A large regulation has hundreds of thousands of values; that
/// was a third of its decoding time. Mappings (the model's structs) still
/// go through their synthesized `init(from:)`.
///
/// `init(node:)` must give exactly what `init(from:)` gives for the same
/// node: the shape check and the JSON Schema still come from `init(from:)`.
public protocol NodeDecodable: Decodable {
    init(node: YAMLNode) throws
}

extension NodeDecodable {
    /// `NodeDecoder.decodeValue` only knows `T` as a generic parameter; here
    /// `Self` is `T`, so the cast back is an identity.
    static func decode<T>(_ node: YAMLNode, as _: T.Type) throws -> T {
        try Self(node: node) as! T
    }
}

extension Array: NodeDecodable where Element: Decodable {
    /// As `init(from:)` with `NodeUnkeyedContainer`; a long list in parts
    /// on every core.
    public init(node: YAMLNode) throws {
        guard node.kind == .sequence else { throw NodeDecoder(node: node).mismatch(expected: "list") }
        let items = node.items
        let decodeItem = { (item: YAMLNode) throws -> Element in try NodeDecoder(node: item).decodeValue(Element.self) }
        self = items.count < ParallelListDecoding.minimumItems
            ? try items.map(decodeItem)
            : try ParallelListDecoding.decode(items, decodeItem)
    }
}

extension String: NodeDecodable {
    public init(node: YAMLNode) throws {
        self = try NodeDecoder(node: node).scalarText()
    }
}

extension Int: NodeDecodable {
    public init(node: YAMLNode) throws {
        self = try NodeDecoder(node: node).parse(Int.init, "integer")
    }
}

extension Double: NodeDecodable {
    public init(node: YAMLNode) throws {
        self = try NodeDecoder(node: node).parse(Double.init, "number")
    }
}

extension Bool: NodeDecodable {
    public init(node: YAMLNode) throws {
        self = try NodeDecoder(node: node).parse(NodeDecoder.bool, "boolean")
    }
}

extension Located: NodeDecodable where Value: NodeDecodable {
    public init(node: YAMLNode) throws {
        self.init(try Value(node: node), at: node.location)
    }
}

extension ScalarFormat {
    /// As `init(from:)` in `ScalarFormat`.
    public init(node: YAMLNode) throws {
        let text = try NodeDecoder(node: node).scalarText()
        do {
            try self.init(parsing: text)
        } catch {
            throw DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: error.message))
        }
    }
}

extension SchemaEnum {
    /// As the standard library's `init(from:)` for `RawRepresentable`.
    public init(node: YAMLNode) throws {
        let text = try NodeDecoder(node: node).scalarText()
        guard let value = Self(rawValue: text) else {
            throw DecodingError.dataCorrupted(.init(
                codingPath: [], debugDescription: "Cannot initialize \(Self.self) from invalid String value \(text)"))
        }
        self = value
    }
}
