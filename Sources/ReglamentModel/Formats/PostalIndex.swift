/// One Russian postal index, six digits: `630099` (spaces between the
/// digits are allowed and dropped, as an operator may type them).
public struct PostalIndex: ScalarFormat, Hashable, CustomStringConvertible {
    /// The six digits.
    public var digits: String

    public static let formatName = "postal index"
    // Written plain (`630099`), it is an integer to editors.
    public static let jsonSchema: JSONValue = [
        "oneOf": [
            ["type": "string", "pattern": "^\\d{6}$", "examples": ["630099"]],
            ["type": "integer", "minimum": 100000, "maximum": 999999],
        ],
    ]
    public static let schemaPlaceholder = PostalIndex(digits: "100000")

    private init(digits: String) {
        self.digits = digits
    }

    public init(parsing text: String) throws(FormatProblem) {
        let digits = text.filter { !$0.isWhitespace }
        guard digits.count == 6, digits.allSatisfy(\.isASCIIDigit) else {
            throw FormatProblem("'\(text)' is not a postal index", hint: "write six digits, such as 630099")
        }
        self.init(digits: digits)
    }

    public var description: String { digits }
}
