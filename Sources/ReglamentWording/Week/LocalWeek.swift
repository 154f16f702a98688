import ReglamentModel

/// Someone's weekly hours on their own clock: for each weekday, Monday
/// first, the open minutes from local midnight (0 to 1440). The one form
/// every part of Reglament reads hours in; instants come from it through
/// the person's time zone, date by date (see `WallClock`).
public struct LocalWeek: Hashable, Sendable {
    /// Seven days, Monday first; each day's spans sorted, none touching another.
    public private(set) var days: [[Range<Int>]]

    public static let minutesPerDay = 24 * 60

    /// Spans out of order, overlapping or touching are merged; minutes
    /// outside a day are dropped; missing days are closed.
    public init(days: [[Range<Int>]]) {
        self.days = (0..<7).map { index in
            Self.merged(index < days.count ? days[index] : [])
        }
    }

    /// The week as the regulation writes it (`mon-fri: 09:00-18:00`).
    public init(_ schedule: WeekSchedule) {
        self.init(days: Weekday.allCases.map { day in
            schedule.hours(on: day).ranges.map { $0.start.minutes..<$0.end.minutes }
        })
    }

    public static let never = LocalWeek(days: [])
    public static let always = LocalWeek(days: Array(repeating: [0..<minutesPerDay], count: 7))

    public func hours(on day: Weekday) -> [Range<Int>] { days[day.rawValue - 1] }

    public var isNever: Bool { days.allSatisfy(\.isEmpty) }

    /// Open at this minute of this day of the person's own week.
    public func isOpen(on day: Weekday, minute: Int) -> Bool {
        hours(on: day).contains { $0.contains(minute) }
    }

    /// Open when either week is.
    public func union(_ other: LocalWeek) -> LocalWeek {
        LocalWeek(days: zip(days, other.days).map { $0 + $1 })
    }

    /// Open when both weeks are.
    public func intersection(_ other: LocalWeek) -> LocalWeek {
        complement.union(other.complement).complement
    }

    /// Open exactly when this week is closed.
    public var complement: LocalWeek {
        LocalWeek(days: days.map { spans in
            var free: [Range<Int>] = [], start = 0
            for span in spans {
                if span.lowerBound > start { free.append(start..<span.lowerBound) }
                start = span.upperBound
            }
            if start < Self.minutesPerDay { free.append(start..<Self.minutesPerDay) }
            return free
        })
    }

    private static func merged(_ spans: [Range<Int>]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        for span in spans.map({ max(0, $0.lowerBound)..<min(minutesPerDay, max(0, $0.upperBound)) }).sorted(by: { $0.lowerBound < $1.lowerBound })
        where !span.isEmpty {
            if let last = result.last, last.upperBound >= span.lowerBound {
                result[result.count - 1] = last.lowerBound..<max(last.upperBound, span.upperBound)
            } else {
                result.append(span)
            }
        }
        return result
    }
}
