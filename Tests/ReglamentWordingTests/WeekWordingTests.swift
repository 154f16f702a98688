import ReglamentModel
import ReglamentWording
import Testing

/// Weekly hours in words: neighbouring days with the same hours said once.
@Suite struct WeekWordingTests {
    static let nine = 9 * 60, day = 24 * 60

    @Test func aShopsWeekSaysItsDayOff() {
        let week = LocalWeek(days: Array(repeating: [600..<1140], count: 5) + [[660..<960], []])
        #expect(week.said() == "пн–пт 10:00–19:00; сб 11:00–16:00; вс выходной")
        #expect(week.said(closedDays: .leftOut) == "пн–пт 10:00–19:00; сб 11:00–16:00")
    }

    @Test func wholeDaysAreAroundTheClock() {
        #expect(LocalWeek.always.said() == "круглосуточно")
        let weekdays = LocalWeek(days: Array(repeating: [0..<Self.day], count: 5))
        #expect(weekdays.said() == "пн–пт круглосуточно; сб–вс выходной")
    }

    @Test func aDayWithABreakAndASingleDay() {
        let week = LocalWeek(days: [[540..<780, 840..<1080], [], [540..<1080]])
        #expect(week.said(closedDays: .leftOut) == "пн 09:00–13:00, 14:00–18:00; ср 09:00–18:00")
        #expect(LocalWeek.never.said(closedDays: .leftOut).isEmpty)
        #expect(LocalWeek.never.said() == "пн–вс выходной")
    }

    /// 09:00–21:00 in Kaliningrad seen from Novosibirsk: not «пн 14:00–24:00; вт–сб 00:00–02:00, 14:00–24:00; вс 00:00–02:00».
    @Test func hoursPastMidnightAreOneSpanOnTheDayTheyStart() {
        let evenings = LocalWeek(days: [[840..<Self.day]] + Array(repeating: [0..<120, 840..<Self.day], count: 5) + [[0..<120]])
        #expect(evenings.said(closedDays: .leftOut) == "пн–сб 14:00–02:00")
        // Sunday night into Monday morning, and a whole day is never joined.
        let weekend = LocalWeek(days: [[0..<180], [], [], [], [], [0..<Self.day], [1260..<Self.day]])
        #expect(weekend.said(closedDays: .leftOut) == "сб круглосуточно; вс 21:00–03:00")
        #expect(LocalWeek(days: [[1200..<Self.day]]).said() == "пн 20:00–24:00; вт–вс выходной")
    }

    @Test func spansAreMergedAndKeptInsideTheDay() {
        let week = LocalWeek(days: [[600..<700, 540..<610, 1400..<1500]])
        #expect(week.hours(on: .monday) == [540..<700, 1400..<1440])
        #expect(week.complement.hours(on: .monday) == [0..<540, 700..<1400])
        #expect(week.union(.always) == .always)
    }

    @Test func weekdayNamesAndPhrases() {
        #expect(Weekday.allCases.map(\.abbreviated) == ["пн", "вт", "ср", "чт", "пт", "сб", "вс"])
        #expect(Weekday.monday.onTheDay == "в понедельник")
        #expect(Weekday.tuesday.onTheDay == "во вторник")
        #expect(Weekday.wednesday.onTheDay == "в среду")
    }
}
