/// A calendar date, `2026-12-31`.
public struct CalendarDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    public init?(_ text: Substring) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              (1...12).contains(month), (1...CalendarDate.daysIn(month: month, year: year)).contains(day)
        else { return nil }
        self.init(year: year, month: month, day: day)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    public var description: String {
        func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(year)-\(pad(month))-\(pad(day))"
    }

    /// The day after this one.
    public var next: CalendarDate {
        if day < Self.daysIn(month: month, year: year) { return CalendarDate(year: year, month: month, day: day + 1) }
        if month < 12 { return CalendarDate(year: year, month: month + 1, day: 1) }
        return CalendarDate(year: year + 1, month: 1, day: 1)
    }

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }
}

/// The dates an override of working hours applies to: one date
/// (`2026-12-31`) or an inclusive range (`2027-01-01..2027-01-08`).
public struct DateSpan: ScalarFormat, Hashable, CustomStringConvertible {
    public var first: CalendarDate
    public var last: CalendarDate

    public static let formatName = "date"
    public static let jsonSchema: JSONValue = [
        "type": "string",
        "pattern": "^\\d{4}-\\d{2}-\\d{2}(\\.\\.\\d{4}-\\d{2}-\\d{2})?$",
        "examples": ["2026-12-31", "2027-01-01..2027-01-08"],
    ]
    public static let schemaPlaceholder = DateSpan(first: CalendarDate(year: 2000, month: 1, day: 1), last: CalendarDate(year: 2000, month: 1, day: 1))

    public init(first: CalendarDate, last: CalendarDate) {
        self.first = first
        self.last = last
    }

    public init(parsing text: String) throws(FormatProblem) {
        let ends = text.trimmingSpaces.split(separator: "..", omittingEmptySubsequences: false)
        guard (1...2).contains(ends.count), let first = CalendarDate(ends[0]),
              let last = CalendarDate(ends[ends.count - 1])
        else {
            throw FormatProblem(
                "'\(text)' is not a date",
                hint: "write dates as YYYY-MM-DD, a span as '2027-01-01..2027-01-08'"
            )
        }
        guard first <= last else {
            throw FormatProblem("date span '\(text)' ends before it starts")
        }
        self.init(first: first, last: last)
    }

    public func contains(_ date: CalendarDate) -> Bool { first <= date && date <= last }

    public var description: String { first == last ? "\(first)" : "\(first)..\(last)" }
}
