import Foundation

/// A moment written in ISO 8601 with its offset, `2026-11-26T02:40:00+07:00`
/// (a scenario's clock, `reglament run --now`). Years 2000 to 2100 only: a
/// call's reference and the calendar tables are for these, and a year such
/// as 99999 is a slip of the keyboard, not a clock to run a call at.
public struct Instant: ScalarFormat, Hashable, Comparable, CustomStringConvertible {
    /// As written, with its offset (the date alone keeps no zone).
    public var text: String
    public var date: Date

    public static let years = 2000...2100
    public static let formatName = "time"
    public static let jsonSchema: JSONValue = [
        "type": "string", "format": "date-time", "examples": ["2026-11-26T02:40:00+07:00", "2026-11-25T19:40:00Z"],
    ]
    public static let schemaPlaceholder = Instant(text: "2000-01-01T00:00:00Z", date: Date(timeIntervalSince1970: 946_684_800))

    private init(text: String, date: Date) {
        self.text = text
        self.date = date
    }

    public init(parsing text: String) throws(FormatProblem) {
        let hint = "write the date, the time and the offset, such as 2026-11-26T02:40:00+07:00"
        guard let date = try? Date(text, strategy: .iso8601) else {
            throw FormatProblem("'\(text)' is not an ISO 8601 time", hint: hint)
        }
        // The parser reads a year of any length; the year is judged as written.
        let year = text.prefix { $0 != "-" }
        guard year.count == 4, let number = Int(year), Self.years.contains(number) else {
            throw FormatProblem("'\(text)' is not in the years \(Self.years.lowerBound)–\(Self.years.upperBound)", hint: hint)
        }
        self.init(text: text, date: date)
    }

    public var description: String { text }

    public static func < (lhs: Instant, rhs: Instant) -> Bool { lhs.date < rhs.date }
}
