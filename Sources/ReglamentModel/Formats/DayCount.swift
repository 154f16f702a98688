/// How many days a delivery takes: `2` or `7-14`.
public struct DayCount: ScalarFormat, Hashable, CustomStringConvertible {
    public var fewest: Int
    public var most: Int

    public static let formatName = "number of days"
    public static let jsonSchema: JSONValue = [
        "oneOf": [["type": "integer", "minimum": 0], ["type": "string", "pattern": "^\\d+(-\\d+)?$"]],
    ]
    public static let schemaPlaceholder = DayCount(fewest: 0, most: 0)

    public init(fewest: Int, most: Int) {
        self.fewest = fewest
        self.most = most
    }

    public init(parsing text: String) throws(FormatProblem) {
        guard let days = DigitGroups(text, separator: "-", trimmingSpaces: true), days.last.value <= 365 else {
            throw FormatProblem("'\(text)' is not a number of days", hint: "write days as 2 or as a range '7-14'")
        }
        guard days.first.value <= days.last.value else { throw FormatProblem("day range '\(text)' runs backwards") }
        self.init(fewest: days.first.value, most: days.last.value)
    }

    public var description: String { fewest == most ? "\(fewest)" : "\(fewest)–\(most)" }
}
