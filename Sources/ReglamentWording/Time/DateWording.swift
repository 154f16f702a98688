import Foundation
import ReglamentModel

/// Clock times and dates as the operator reads them: "09:00", "24.11",
/// "24.11.2026", "01.12 10:00".
public enum DateWording {
    /// "09:00"; 1440 is "24:00", the end of a day.
    public static func clock(_ minute: Int) -> String {
        TimeOfDay(minutes: minute).description
    }

    /// "09:00–18:00".
    public static func clock(_ span: Range<Int>) -> String {
        "\(clock(span.lowerBound))–\(clock(span.upperBound))"
    }

    /// "24.11".
    public static func dayAndMonth(_ date: CalendarDate) -> String {
        "\(twoDigits(date.day)).\(twoDigits(date.month))"
    }

    /// "24.11.2026".
    public static func date(_ date: CalendarDate) -> String {
        "\(dayAndMonth(date)).\(date.year)"
    }

    /// "31.12.2026" or "01.01.2027–08.01.2027" for a span of dates.
    public static func dates(_ span: DateSpan) -> String {
        span.first == span.last ? date(span.first) : "\(date(span.first))–\(date(span.last))"
    }

    /// The instant on a clock in the zone named `identifier`, with the zone
    /// named: "01.12 10:00 (Europe/Moscow)", or with the year
    /// "01.12.2026 10:00 (Europe/Moscow)".
    public static func moment(_ instant: Date, inZone identifier: String, withYear: Bool) -> String {
        let clock = WallClock(instant, in: TimeZone(identifier: identifier) ?? .gmt)
        let day = withYear ? date(clock.date) : dayAndMonth(clock.date)
        return "\(day) \(self.clock(clock.minute)) (\(identifier))"
    }

    private static func twoDigits(_ number: Int) -> String { (number < 10 ? "0" : "") + "\(number)" }
}
