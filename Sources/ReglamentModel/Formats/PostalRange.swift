/// Russian postal indexes a delivery zone covers: `630000-630999`, or one
/// index `101000`. Both ends inclusive.
public struct PostalRange: ScalarFormat, Hashable, CustomStringConvertible {
    public var lower: Int
    public var upper: Int

    public static let formatName = "postal range"
    // A single index written plain (`101000`) is an integer to editors.
    public static let jsonSchema: JSONValue = [
        "oneOf": [
            ["type": "string", "pattern": "^\\d{6}(-\\d{6})?$", "examples": ["630000-633999", "101000"]],
            ["type": "integer", "minimum": 100000, "maximum": 999999],
        ],
    ]
    public static let schemaPlaceholder = PostalRange(lower: 100000, upper: 100000)

    public init(lower: Int, upper: Int) {
        self.lower = lower
        self.upper = upper
    }

    public init(parsing text: String) throws(FormatProblem) {
        guard let ends = DigitGroups(text, separator: "-", trimmingSpaces: true),
              ends.first.digits == 6, ends.last.digits == 6
        else {
            throw FormatProblem(
                "'\(text)' is not a postal range",
                hint: "write six-digit indexes: one ('101000') or a range ('630000-633999')"
            )
        }
        guard ends.first.value <= ends.last.value else {
            throw FormatProblem("postal range '\(text)' runs backwards", hint: "write the smaller index first")
        }
        self.init(lower: ends.first.value, upper: ends.last.value)
    }

    public func overlaps(_ other: PostalRange) -> Bool { lower <= other.upper && other.lower <= upper }
    public func contains(_ index: Int) -> Bool { lower <= index && index <= upper }

    public var description: String {
        lower == upper ? PostalRange.six(lower) : "\(PostalRange.six(lower))-\(PostalRange.six(upper))"
    }

    public static func six(_ value: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, 6 - text.count)) + text
    }
}

extension Character {
    /// 0–9 only. Read from the ASCII value: asking Unicode's numeric
    /// properties (`isNumber`) costs a table lookup per character.
    var isASCIIDigit: Bool {
        guard let ascii = asciiValue else { return false }
        return ascii >= UInt8(ascii: "0") && ascii <= UInt8(ascii: "9")
    }
}
