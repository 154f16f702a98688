public enum Weekday: Int, CaseIterable, Sendable, Comparable {
    case monday = 1, tuesday, wednesday, thursday, friday, saturday, sunday

    public var shortName: String {
        ["mon", "tue", "wed", "thu", "fri", "sat", "sun"][rawValue - 1]
    }

    init?(shortName: Substring) {
        guard let index = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"].firstIndex(of: String(shortName))
        else { return nil }
        self.init(rawValue: index + 1)
    }

    public static func < (lhs: Weekday, rhs: Weekday) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// The days a line of weekly hours applies to: `mon-fri`, `sat`, `sat,sun`,
/// `daily`.
public struct DaySet: ScalarFormat, Hashable {
    public var days: Set<Weekday>

    public static let formatName = "day range"
    public static let jsonSchema: JSONValue = [
        "type": "string",
        "pattern": "^(daily|(mon|tue|wed|thu|fri|sat|sun)(-(mon|tue|wed|thu|fri|sat|sun))?(, *(mon|tue|wed|thu|fri|sat|sun)(-(mon|tue|wed|thu|fri|sat|sun))?)*)$",
    ]
    public static let schemaPlaceholder = DaySet(days: [])

    public init(days: Set<Weekday>) {
        self.days = days
    }

    public init(parsing text: String) throws(FormatProblem) {
        var problem: FormatProblem { FormatProblem(
            "'\(text)' is not a day range",
            hint: "use mon, tue, wed, thu, fri, sat, sun, ranges like 'mon-fri', lists like 'sat,sun', or 'daily'"
        ) }
        if text == "daily" {
            self.init(days: Set(Weekday.allCases))
            return
        }
        var days: Set<Weekday> = []
        for part in text.split(separator: ",") {
            let ends = part.trimmingSpaces.split(separator: "-")
            guard (1...2).contains(ends.count), let first = Weekday(shortName: ends[0]),
                  let last = Weekday(shortName: ends[ends.count - 1])
            else { throw problem }
            guard first <= last else {
                throw FormatProblem("day range '\(part)' runs backwards", hint: "write it as two parts, e.g. 'fri-sun, mon'")
            }
            for raw in first.rawValue...last.rawValue {
                if let day = Weekday(rawValue: raw) { days.insert(day) }
            }
        }
        self.init(days: days)
    }
}
