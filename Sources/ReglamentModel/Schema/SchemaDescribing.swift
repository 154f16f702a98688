/// A model type whose schema is written by hand instead of derived from its
/// `Decodable` fields: scalar formats, enumerations, custom mappings.
public protocol SchemaDescribing {
    static var schema: SchemaNode { get }
    /// Any valid value; the deriver needs one to finish a containing
    /// type's `init(from:)` while it records that type's fields.
    static var schemaPlaceholder: Self { get }
}

/// A model type with words for the editor's hover and for `docs/format.md`.
public protocol SchemaDocumented {
    static var summary: String { get }
    /// Field key → one line for the editor.
    static var fieldSummaries: [String: String] { get }
}

extension SchemaDocumented {
    public static var fieldSummaries: [String: String] { [:] }
}

/// A closed set of words (`courier`, `pickup`...), decoded from its raw value.
/// Encodable too: the compiled format writes these kinds as their YAML words.
public protocol SchemaEnum: SchemaDescribing, CaseIterable, RawRepresentable<String>, NodeDecodable, Encodable, Sendable {}

extension SchemaEnum {
    public static var schema: SchemaNode {
        .enumeration(name: String(describing: Self.self), values: allCases.map(\.rawValue))
    }

    public static var schemaPlaceholder: Self {
        guard let first = allCases.first else { preconditionFailure("\(Self.self) has no cases") }
        return first
    }
}
