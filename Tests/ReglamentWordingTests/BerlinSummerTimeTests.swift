import Foundation
import ReglamentModel
import ReglamentWording
import Testing

/// A contact in Europe/Berlin, Mon–Fri 09:00–18:00, on both sides of the
/// changes of clocks in 2027 (Sunday 28 March: CET → CEST; Sunday
/// 31 October: CEST → CET). The hours stay 09:00–18:00 on the contact's
/// clock; the UTC instants move.
@Suite struct BerlinSummerTimeTests {
    static let berlin = TimeZone(identifier: "Europe/Berlin")!
    static let week = LocalWeek(days: Array(repeating: [9 * 60..<18 * 60], count: 5))

    static func utc(_ text: String) -> Date {
        try! Date(text, strategy: .iso8601)
    }

    @Test(arguments: [
        // Friday before the spring change: CET, UTC+1.
        ("2027-03-26T07:30:00Z", false), ("2027-03-26T07:59:00Z", false), ("2027-03-26T08:00:00Z", true),
        ("2027-03-26T16:59:00Z", true), ("2027-03-26T17:00:00Z", false),
        // Monday after it: CEST, UTC+2.
        ("2027-03-29T06:59:00Z", false), ("2027-03-29T07:00:00Z", true), ("2027-03-29T15:59:00Z", true),
        ("2027-03-29T16:00:00Z", false),
        // Friday before the autumn change: CEST.
        ("2027-10-29T06:59:00Z", false), ("2027-10-29T07:00:00Z", true), ("2027-10-29T16:00:00Z", false),
        // Monday after it: CET again.
        ("2027-11-01T07:00:00Z", false), ("2027-11-01T07:59:00Z", false), ("2027-11-01T08:00:00Z", true),
        ("2027-11-01T16:59:00Z", true), ("2027-11-01T17:00:00Z", false),
        // The Sundays of the changes are days off.
        ("2027-03-28T08:00:00Z", false), ("2027-10-31T08:00:00Z", false),
    ])
    func openOnTheContactsOwnClock(instant: String, open: Bool) {
        #expect(Self.week.isOpen(at: Self.utc(instant), in: Self.berlin) == open, "\(instant)")
    }

    @Test func theNextChangeCrossesTheWeekendOfTheChange() {
        let friday = Self.utc("2027-03-26T17:00:00Z")  // 18:00 CET, closed
        #expect(Self.week.nextChange(after: friday, in: Self.berlin) == Self.utc("2027-03-29T07:00:00Z"))
        let autumn = Self.utc("2027-10-29T16:00:00Z")  // 18:00 CEST, closed
        #expect(Self.week.nextChange(after: autumn, in: Self.berlin) == Self.utc("2027-11-01T08:00:00Z"))
        let morning = Self.utc("2027-11-01T08:00:00Z")  // 09:00 CET, open
        #expect(Self.week.nextChange(after: morning, in: Self.berlin) == Self.utc("2027-11-01T17:00:00Z"))
        #expect(LocalWeek.never.nextChange(after: morning, in: Self.berlin) == nil)
    }

    @Test func wallClockBothWays() {
        let clock = WallClock(Self.utc("2027-03-29T07:00:00Z"), in: Self.berlin)
        #expect(clock == WallClock(date: CalendarDate(year: 2027, month: 3, day: 29), minute: 9 * 60))
        #expect(clock.weekday == .monday)
        #expect(clock.instant(in: Self.berlin) == Self.utc("2027-03-29T07:00:00Z"))
        // 24:00 is the next midnight; the Sunday of the change has 23 hours.
        let sunday = WallClock(date: CalendarDate(year: 2027, month: 3, day: 28), minute: 24 * 60)
        #expect(sunday.instant(in: Self.berlin) == Self.utc("2027-03-28T22:00:00Z"))
        #expect(WallClock(date: CalendarDate(year: 2027, month: 3, day: 28), minute: 0).instant(in: Self.berlin)
            == Self.utc("2027-03-27T23:00:00Z"))
    }

    @Test func seenFromMoscowTheHoursMoveWithTheSeason() throws {
        let moscow = try #require(TimeZone(identifier: "Europe/Moscow"))
        let winter = Self.week.seen(in: moscow, from: Self.berlin, weekStarting: ReferenceWeek.january)
        let summer = Self.week.seen(in: moscow, from: Self.berlin, weekStarting: ReferenceWeek.july)
        #expect(winter.hours(on: .monday) == [11 * 60..<20 * 60])
        #expect(summer.hours(on: .monday) == [10 * 60..<19 * 60])
        #expect(Self.week.said(in: moscow, from: Self.berlin) == "пн–пт 11:00–20:00; сб–вс выходной (в летнее время на час раньше)")
        #expect(Self.week.said(in: Self.berlin, from: Self.berlin) == "пн–пт 09:00–18:00; сб–вс выходной")
    }
}
