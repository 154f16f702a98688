import ReglamentDiagnostics

/// Derives a `SchemaNode` from a model type by running its own
/// `init(from:)` against a recording decoder: each key the type asks for
/// becomes a field, `decode` marks it required, `decodeIfPresent` optional.
/// The Swift types stay the single source of truth for the format.
public enum SchemaDeriver {
    public static func schema(of type: any Decodable.Type) -> SchemaNode {
        if let described = type as? any SchemaDescribing.Type { return described.schema }
        if let container = type as? any SchemaContainer.Type { return container.containerSchema }
        if type == String.self { return .string }
        if type == Int.self { return .integer }
        if type == Double.self { return .number }
        if type == Bool.self { return .boolean }
        let recorder = SchemaRecorder()
        do {
            _ = try type.init(from: recorder)
        } catch {
            preconditionFailure("cannot derive the schema of \(type): \(error)")
        }
        let documented = type as? any SchemaDocumented.Type
        let summaries = documented?.fieldSummaries ?? [:]
        let fields = recorder.fields.map { field in
            var field = field
            field.summary = summaries[field.key]
            return field
        }
        return .object(ObjectSchema(name: String(describing: type), summary: documented?.summary, fields: fields))
    }

    /// Any valid value of `type`, built without input.
    static func placeholder<T: Decodable>(_ type: T.Type) throws -> T {
        try SchemaRecorder().decodeValue(type)
    }
}

/// Arrays, dictionaries, optionals and `Located` take the schema of what they hold.
protocol SchemaContainer {
    static var containerSchema: SchemaNode { get }
    static func containerPlaceholder() throws -> Self
}

extension Array: SchemaContainer where Element: Decodable {
    static var containerSchema: SchemaNode { .list(SchemaDeriver.schema(of: Element.self)) }
    static func containerPlaceholder() -> Self { [] }
}

extension Dictionary: SchemaContainer where Key == String, Value: Decodable {
    static var containerSchema: SchemaNode { .dictionary(key: nil, value: SchemaDeriver.schema(of: Value.self)) }
    static func containerPlaceholder() -> Self { [:] }
}

extension Optional: SchemaContainer where Wrapped: Decodable {
    static var containerSchema: SchemaNode { SchemaDeriver.schema(of: Wrapped.self) }
    static func containerPlaceholder() -> Self { nil }
}

extension Located: SchemaContainer {
    static var containerSchema: SchemaNode { SchemaDeriver.schema(of: Value.self) }
    static func containerPlaceholder() throws -> Self {
        Located(try SchemaDeriver.placeholder(Value.self), at: .unknown)
    }
}

final class SchemaRecorder: Decoder {
    private(set) var fields: [FieldSchema] = []
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func record(_ key: String, _ type: any Decodable.Type, required: Bool) {
        if type == SourceLocation.self || fields.contains(where: { $0.key == key }) { return }
        fields.append(FieldSchema(key: key, schema: SchemaDeriver.schema(of: type), isRequired: required))
    }

    func decodeValue<T: Decodable>(_ type: T.Type) throws -> T {
        if T.self == SourceLocation.self { return SourceLocation.unknown as! T }
        if let described = T.self as? any SchemaDescribing.Type { return described.schemaPlaceholder as! T }
        if let container = T.self as? any SchemaContainer.Type { return try container.containerPlaceholder() as! T }
        if T.self == String.self { return "" as! T }
        if T.self == Int.self { return 0 as! T }
        if T.self == Double.self { return 0.0 as! T }
        if T.self == Bool.self { return false as! T }
        return try T(from: SchemaRecorder())
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedDecodingContainer<Key> {
        KeyedDecodingContainer(RecordingContainer<Key>(recorder: self))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer { throw unsupported() }
    func singleValueContainer() throws -> any SingleValueDecodingContainer { throw unsupported() }

    func unsupported() -> DecodingError {
        .dataCorrupted(.init(codingPath: [], debugDescription: "give this type a SchemaDescribing conformance"))
    }
}

private struct RecordingContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let recorder: SchemaRecorder
    var codingPath: [any CodingKey] { [] }
    var allKeys: [Key] { [] }

    func contains(_ key: Key) -> Bool { true }
    func decodeNil(forKey key: Key) -> Bool { false }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        recorder.record(key.stringValue, type, required: true)
        return try recorder.decodeValue(type)
    }

    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
        recorder.record(key.stringValue, type, required: false)
        return nil
    }

    // The standard library's own overloads for primitives would ask
    // `contains` and then `decode`, recording the field as required.
    func decodeIfPresent(_ type: Bool.Type, forKey key: Key) throws -> Bool? { try optional(type, key) }
    func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? { try optional(type, key) }
    func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? { try optional(type, key) }
    func decodeIfPresent(_ type: Double.Type, forKey key: Key) throws -> Double? { try optional(type, key) }

    private func optional<T: Decodable>(_ type: T.Type, _ key: Key) throws -> T? {
        recorder.record(key.stringValue, type, required: false)
        return nil
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws
        -> KeyedDecodingContainer<NestedKey>
    {
        throw recorder.unsupported()
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer { throw recorder.unsupported() }
    func superDecoder() throws -> any Decoder { throw recorder.unsupported() }
    func superDecoder(forKey key: Key) throws -> any Decoder { throw recorder.unsupported() }
}
