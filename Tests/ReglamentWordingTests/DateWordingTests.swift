import Foundation
import ReglamentModel
import ReglamentWording
import Testing

/// Dates, clock times and callback promises.
@Suite struct DateWordingTests {
    static let moscow = TimeZone(identifier: "Europe/Moscow")!

    static func utc(_ text: String) -> Date {
        try! Date(text, strategy: .iso8601)
    }

    @Test func callbackPhrasesCountDaysOnTheClientsClock() {
        // Tuesday 2026-11-17, 12:00 in Moscow.
        let now = Self.utc("2026-11-17T09:00:00Z")
        #expect(CallbackPromise.phrase(for: Self.utc("2026-11-17T15:30:00Z"), now: now, in: Self.moscow) == "сегодня после 18:30")
        #expect(CallbackPromise.phrase(for: Self.utc("2026-11-18T07:00:00Z"), now: now, in: Self.moscow) == "завтра после 10:00")
        #expect(CallbackPromise.phrase(for: Self.utc("2026-11-23T07:00:00Z"), now: now, in: Self.moscow)
            == "в понедельник, 23.11, после 10:00")
        // 22:30 UTC on the 17th is already the 18th in Moscow.
        #expect(CallbackPromise.phrase(for: Self.utc("2026-11-17T22:30:00Z"), now: now, in: Self.moscow) == "завтра после 01:30")
    }

    /// A person reachable now who did not pick up: the promise is by the end of their hours, not "after" this minute.
    @Test func aCallbackWithinHoursThatHaveBegunIsPromisedByTheirEnd() {
        let now = Self.utc("2026-11-17T09:00:00Z")  // 12:00 in Moscow
        #expect(CallbackPromise.phrase(from: now, until: Self.utc("2026-11-17T19:00:00Z"), now: now, in: Self.moscow) == "сегодня до 22:00")
        #expect(CallbackPromise.phrase(from: now, until: Self.utc("2026-11-17T23:00:00Z"), now: now, in: Self.moscow) == "завтра до 02:00")
        // Hours that have not begun: after their start, as before.
        #expect(CallbackPromise.phrase(from: Self.utc("2026-11-17T15:30:00Z"), until: Self.utc("2026-11-17T19:00:00Z"), now: now, in: Self.moscow)
            == "сегодня после 18:30")
        // Open with no end in sight (around the clock): after now, as before.
        #expect(CallbackPromise.phrase(from: now, until: nil, now: now, in: Self.moscow) == "сегодня после 12:00")
    }

    @Test func datesAndMoments() throws {
        let date = CalendarDate(year: 2027, month: 1, day: 8)
        #expect(DateWording.dayAndMonth(date) == "08.01")
        #expect(DateWording.date(date) == "08.01.2027")
        #expect(DateWording.dates(try DateSpan(parsing: "2026-12-31..2027-01-08")) == "31.12.2026–08.01.2027")
        #expect(DateWording.dates(try DateSpan(parsing: "2026-12-31")) == "31.12.2026")
        #expect(DateWording.clock(9 * 60..<24 * 60) == "09:00–24:00")
        let instant = Self.utc("2026-12-01T07:00:00Z")
        #expect(DateWording.moment(instant, inZone: "Europe/Moscow", withYear: false) == "01.12 10:00 (Europe/Moscow)")
        #expect(DateWording.moment(instant, inZone: "Europe/Moscow", withYear: true) == "01.12.2026 10:00 (Europe/Moscow)")
    }

    @Test func daysAreCountedWithoutAZone() {
        #expect(CalendarDate(year: 1970, month: 1, day: 1).dayNumber == 0)
        #expect(CalendarDate(year: 1970, month: 1, day: 1).weekday == .thursday)
        let leap = CalendarDate(year: 2028, month: 2, day: 28)
        #expect(leap.adding(days: 1) == CalendarDate(year: 2028, month: 2, day: 29))
        #expect(leap.adding(days: 2) == CalendarDate(year: 2028, month: 3, day: 1))
        #expect(CalendarDate(year: 2027, month: 1, day: 1).adding(days: -1) == CalendarDate(year: 2026, month: 12, day: 31))
        #expect(ReferenceWeek.january.weekday == .monday && ReferenceWeek.july.weekday == .monday)
        for offset in stride(from: -40_000, through: 40_000, by: 997) {
            #expect(CalendarDate(dayNumber: offset).dayNumber == offset)
        }
    }

    @Test func zoneLabels() throws {
        #expect(ZoneWording.label(Self.moscow) == "Europe/Moscow (UTC+3)")
        #expect(ZoneWording.label(try #require(TimeZone(identifier: "UTC"))) == "UTC")
        #expect(ZoneWording.label(try #require(TimeZone(identifier: "Asia/Kolkata"))) == "Asia/Kolkata (UTC+5:30)")
        #expect(ZoneWording.label(try #require(TimeZone(identifier: "America/New_York"))) == "America/New_York (UTC−5, в летнее время UTC−4)")
    }
}
