/// The shape of a regulation value. Derived once from the model's Swift
/// types (see `SchemaDeriver`), then used twice: to check a YAML file's
/// shape with located diagnostics, and to export a JSON Schema for editors.
public indirect enum SchemaNode: Sendable {
    case string
    case integer
    case number
    case boolean
    case format(ScalarFormatInfo)
    case enumeration(name: String, values: [String])
    case list(SchemaNode)
    /// A mapping whose keys are the user's (day ranges, template names).
    case dictionary(key: ScalarFormatInfo?, value: SchemaNode)
    case object(ObjectSchema)
}

public struct ObjectSchema: Sendable {
    public var name: String
    public var summary: String?
    public var fields: [FieldSchema]

    public func field(named key: String) -> FieldSchema? {
        fields.first { $0.key == key }
    }
}

public struct FieldSchema: Sendable {
    public var key: String
    public var schema: SchemaNode
    public var isRequired: Bool
    public var summary: String?
}

/// A scalar with a syntax of its own (a time range, a phone number): its
/// parser is the single place that syntax is defined.
public struct ScalarFormatInfo: Sendable {
    public var name: String
    public var jsonSchema: JSONValue
    public var validate: @Sendable (String) -> FormatProblem?
}

/// Why a scalar does not fit its format, said to the shop owner.
public struct FormatProblem: Error, Sendable, Equatable {
    public var message: String
    public var hint: String?

    public init(_ message: String, hint: String? = nil) {
        self.message = message
        self.hint = hint
    }
}
