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
        // Worded only when needed: most values are fine.
        var problem: FormatProblem { FormatProblem("'\(text)' is not a duration", hint: "write it as 30m, 2h, 1h30m or 1d") }
        var total = 0, number = 0, digits = 0, lastUnit = 0
        for byte in text.utf8 {
            if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
                number = number * 10 + Int(byte - UInt8(ascii: "0"))
                digits += 1
            } else if let unit = Self.unit(byte), unit.order > lastUnit, (1...6).contains(digits) {
                total += number * unit.minutes
                lastUnit = unit.order
                number = 0
                digits = 0
            } else {
                throw problem
            }
            guard digits <= 6 else { throw problem }
        }
        guard digits == 0, lastUnit > 0, total > 0 else { throw problem }
        self.init(minutes: total)
    }

    /// Days, hours and minutes, in the order they must be written.
    private static func unit(_ byte: UInt8) -> (order: Int, minutes: Int)? {
        switch byte {
        case UInt8(ascii: "d"): (1, 1440)
        case UInt8(ascii: "h"): (2, 60)
        case UInt8(ascii: "m"): (3, 1)
        default: nil
        }
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
