import Foundation
import ReglamentCompile
@testable import ReglamentHandbook
import Testing

/// Hours, zones and limits as the handbook shows them (the words themselves
/// are ReglamentWording's and are tested there).
@Suite struct FormattingTests {
    /// Mon–Fri 09:00–18:00 on the person's own clock.
    static let weekdays = Array(repeating: [MinuteSpan(start: 9 * 60, end: 18 * 60)], count: 5) + [[], []]

    /// uyut-lavka's shop is in Europe/Moscow (UTC+3 all year).
    func context() throws -> HandbookContext {
        HandbookContext(try HandbookFixtures.compiled("uyut-lavka"))
    }

    @Test func contactHoursAreSaidOnTheCallCentersClock() throws {
        let context = try context()
        let vladivostok = Availability(timezone: "Asia/Vladivostok", week: Self.weekdays, exceptions: [])
        #expect(context.hoursOwn(vladivostok) == "пн–пт 09:00–18:00")
        // UTC+10 against UTC+3: seven hours earlier.
        #expect(context.hoursInCallCenterZone(vladivostok) == "пн–пт 02:00–11:00 МСК")
    }

    @Test func hoursAcrossMidnightFallOnTheDayBefore() throws {
        let monday = [[MinuteSpan(start: 0, end: 6 * 60)]] + Array(repeating: [MinuteSpan](), count: 6)
        let vladivostok = Availability(timezone: "Asia/Vladivostok", week: monday, exceptions: [])
        #expect(try context().hoursInCallCenterZone(vladivostok) == "вс 17:00–23:00 МСК")
    }

    @Test func summerTimeInTheContactsZoneIsNoted() throws {
        let context = try context()
        let berlin = Availability(timezone: "Europe/Berlin", week: Self.weekdays, exceptions: [])
        // 09:00 CET (UTC+1) is 11:00 in Moscow; 09:00 CEST (UTC+2) is 10:00.
        #expect(context.hoursInCallCenterZone(berlin) == "пн–пт 11:00–20:00 МСК (в летнее время на час раньше)")
        #expect(context.zoneLabel("Europe/Berlin") == "Europe/Berlin (UTC+1, в летнее время UTC+2)")
        #expect(context.zoneLabel("Asia/Novosibirsk") == "Asia/Novosibirsk (UTC+7)")
        #expect(context.zoneLabel(nil) == "Europe/Moscow (UTC+3)")
    }

    @Test func aCallCenterInAnotherZoneReadsEveryoneOnItsOwnClock() throws {
        var compiled = try HandbookFixtures.compiled("uyut-lavka")
        compiled.callCenter.timezone = "Asia/Novosibirsk"
        let context = HandbookContext(compiled)
        let moscow = Availability(timezone: "Europe/Moscow", week: Self.weekdays, exceptions: [])
        // The Moscow owner's 09:00–18:00 is 13:00–22:00 in Novosibirsk (UTC+7).
        #expect(context.hoursInCallCenterZone(moscow) == "пн–пт 13:00–22:00 МСК+4")
        let view = HandbookView(compiled)
        #expect(view.contacts.allSatisfy { $0.hoursCallCenter.hasSuffix("МСК+4") || $0.hoursCallCenter == "только сообщения" })
    }

    @Test func aWeekWithoutHoursSaysSo() throws {
        let never = Availability(timezone: "Europe/Moscow", week: Array(repeating: [], count: 7), exceptions: [])
        #expect(try context().hoursOwn(never) == "звонки не принимает")
    }

    @Test(arguments: [("10%", "10\u{00A0}%"), ("10", "10\u{00A0}%"), ("2.5", "2,5\u{00A0}%")])
    func percent(written: String, said: String) {
        #expect(Percent.said(written) == said)
    }

    @Test func slotsAreSaidInWords() {
        let line = SpokenLine(Line(text: "Здравствуйте, {{client.name}}! Заказ {{order.reference}}.", slots: []))
        #expect(line.plain == "Здравствуйте, ‹имя клиента›! Заказ ‹номер обращения›.")
        #expect(line.segments.filter(\.slot).count == 2)
    }
}
