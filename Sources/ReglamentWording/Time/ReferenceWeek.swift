import Foundation
import ReglamentModel

/// Weeks for saying hours in another zone without naming a date: one in
/// January and one in July, each Monday to Sunday and far from any zone's
/// change of clocks, so between them they show both seasons' offsets.
public enum ReferenceWeek {
    public static let january = CalendarDate(year: 2027, month: 1, day: 4)
    public static let july = CalendarDate(year: 2027, month: 7, day: 5)
    public static let both = [january, july]

    /// The week none of `zones` keeps summer time in (January when there is
    /// none such: zones on both sides of the equator), and the other one.
    public static func standardFirst(for zones: [TimeZone]) -> (standard: CalendarDate, other: CalendarDate) {
        let july = zones.allSatisfy { !$0.isDaylightSavingTime(for: middle(of: Self.july)) }
        let january = zones.allSatisfy { !$0.isDaylightSavingTime(for: middle(of: Self.january)) }
        return july && !january ? (Self.july, Self.january) : (Self.january, Self.july)
    }

    /// Thursday noon UTC of the week starting `monday`: where offsets are read.
    public static func middle(of monday: CalendarDate) -> Date {
        WallClock(date: monday.adding(days: 3), minute: 12 * 60).instant(in: .gmt)
    }
}
