import ReglamentDiagnostics
import ReglamentYAML

/// The id of something in the regulation (a zone, a contact, a script
/// node), or a reference to one. It carries where it was written so that
/// a duplicate or an unknown reference is reported at the user's text;
/// two identifiers are equal when their text is.
public struct Identifier: ScalarFormat, Hashable, CustomStringConvertible {
    public var text: String
    public var location: SourceLocation

    public static let formatName = "identifier"
    public static let jsonSchema: JSONValue = ["type": "string", "pattern": "^[a-z0-9][a-z0-9_.-]*$"]
    public static let schemaPlaceholder = Identifier("id")

    public init(_ text: String, at location: SourceLocation = .unknown) {
        self.text = text
        self.location = location
    }

    public init(parsing text: String) throws(FormatProblem) {
        guard let first = text.unicodeScalars.first, Identifier.isStart(first),
              text.unicodeScalars.allSatisfy(Identifier.isBody)
        else {
            throw FormatProblem(
                "'\(text)' is not a valid identifier",
                hint: "use lower-case Latin letters, digits, '-', '_' or '.', starting with a letter or digit (e.g. 'night-line')"
            )
        }
        self.init(text)
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        self.init(text, at: (decoder as? NodeDecoder)?.node.location ?? .unknown)
    }

    /// As `init(from:)`: the text as written, its format checked by the shape check.
    public init(node: YAMLNode) throws {
        self.init(try NodeDecoder(node: node).scalarText(), at: node.location)
    }

    public var description: String { text }

    public static func == (lhs: Identifier, rhs: Identifier) -> Bool { lhs.text == rhs.text }
    public func hash(into hasher: inout Hasher) { hasher.combine(text) }

    private static func isStart(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar)
    }

    private static func isBody(_ scalar: Unicode.Scalar) -> Bool {
        isStart(scalar) || scalar == "-" || scalar == "_" || scalar == "."
    }
}
