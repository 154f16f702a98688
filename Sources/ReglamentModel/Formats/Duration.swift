/// A span of time in the regulation: `30m`, `2h`, `1h30m`, `1d`.
public struct TimeSpan: ScalarFormat, Hashable, Comparable, CustomStringConvertible {
    public var minutes: Int

    public static let formatName = "duration"
    public static let jsonSchema: JSONValue = [
        "type": "string", "pattern": "^(\\d+d)?(\\d+h)?(\\d+m)?$", "examples": ["30m", "2h", "1h30m", "1d"],
    ]
    public static let schemaPlaceholder = TimeSpan(minutes: 0)

    public init(minutes: Int) {
        self.minutes = minutes
    }

    public init(parsing text: String) throws(FormatProblem) {
        let problem = FormatProblem("'\(text)' is not a duration", hint: "write it as 30m, 2h, 1h30m or 1d")
        var total = 0, digits = "", lastUnit = 0
        let units: [Character: (order: Int, minutes: Int)] = ["d": (1, 1440), "h": (2, 60), "m": (3, 1)]
        for character in text {
            if character.isASCIIDigit {
                digits.append(character)
            } else if let unit = units[character], let number = Int(digits), unit.order > lastUnit, digits.count <= 6 {
                total += number * unit.minutes
                lastUnit = unit.order
                digits = ""
            } else {
                throw problem
            }
        }
        guard digits.isEmpty, lastUnit > 0, total > 0 else { throw problem }
        self.init(minutes: total)
    }

    public var description: String {
        var parts = ""
        if minutes >= 1440 { parts += "\(minutes / 1440)d" }
        if minutes % 1440 >= 60 { parts += "\(minutes % 1440 / 60)h" }
        if minutes % 60 > 0 { parts += "\(minutes % 60)m" }
        return parts
    }

    public static func < (lhs: TimeSpan, rhs: TimeSpan) -> Bool { lhs.minutes < rhs.minutes }
}
