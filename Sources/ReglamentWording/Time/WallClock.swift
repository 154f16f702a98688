import Foundation
import ReglamentModel

/// What a person's wall clock shows at an instant: their local date and the
/// minute since their midnight. The one conversion between instants and
/// local hours; the offset from UTC is looked up for that very instant, so
/// it is right on both sides of a change to or from summer time.
public struct WallClock: Hashable, Sendable {
    public var date: CalendarDate
    /// Minutes since local midnight; 1440 stands for the next midnight.
    public var minute: Int

    public init(date: CalendarDate, minute: Int) {
        self.date = date
        self.minute = minute
    }

    public init(_ instant: Date, in zone: TimeZone) {
        let parts = Self.calendar(zone).dateComponents([.year, .month, .day, .hour, .minute], from: instant)
        date = CalendarDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)
        minute = (parts.hour ?? 0) * 60 + (parts.minute ?? 0)
    }

    public var weekday: Weekday { date.weekday }

    /// The instant the clock in `zone` shows this. A time the clock skips
    /// when summer time starts comes out as the same time after the jump.
    public func instant(in zone: TimeZone) -> Date {
        let days = minute / LocalWeek.minutesPerDay, rest = minute % LocalWeek.minutesPerDay
        let date = self.date.adding(days: days)
        let parts = DateComponents(year: date.year, month: date.month, day: date.day, hour: rest / 60, minute: rest % 60)
        return Self.calendar(zone).date(from: parts) ?? Date(timeIntervalSince1970: 0)
    }

    static func calendar(_ zone: TimeZone) -> Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        return calendar
    }
}
