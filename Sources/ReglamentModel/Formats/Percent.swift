/// A share such as an operator's discount limit: `5%` or `5`.
public struct Percent: ScalarFormat, Hashable, CustomStringConvertible {
    public var value: Double

    public static let formatName = "percentage"
    public static let jsonSchema: JSONValue = [
        "oneOf": [
            ["type": "number", "minimum": 0, "maximum": 100],
            ["type": "string", "pattern": "^\\d+(\\.\\d+)?%$"],
        ],
    ]
    public static let schemaPlaceholder = Percent(value: 0)

    init(value: Double) {
        self.value = value
    }

    public init(parsing text: String) throws(FormatProblem) {
        let number = text.hasSuffix("%") ? String(text.dropLast()).trimmingSpaces : text
        guard let value = Double(number), value.isFinite, (0...100).contains(value), !number.hasPrefix("+") else {
            throw FormatProblem("'\(text)' is not a percentage between 0 and 100", hint: "write it as '5%' or 5")
        }
        self.init(value: value)
    }

    public var description: String {
        (value == value.rounded() ? String(Int(value)) : String(value)) + "%"
    }
}
