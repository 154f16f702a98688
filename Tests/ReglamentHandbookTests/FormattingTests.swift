import Foundation
import ReglamentCompile
@testable import ReglamentHandbook
import Testing

/// Sums, terms and hours as the operator reads them.
@Suite struct FormattingTests {
    @Test(arguments: [
        ("15000", "RUB", "15\u{00A0}000\u{00A0}₽"), ("1500.50", "RUB", "1\u{00A0}500,50\u{00A0}₽"),
        ("999", "RUB", "999\u{00A0}₽"), ("1000000.5", "RUB", "1\u{00A0}000\u{00A0}000,50\u{00A0}₽"),
        ("300.00", "EUR", "300\u{00A0}EUR"), ("много", "RUB", "много\u{00A0}₽"),
    ])
    func money(amount: String, currency: String, said: String) {
        #expect(Money.format(amount, currency: currency) == said)
    }

    @Test func days() {
        #expect(RussianPlural.deliveryDays(min: 0, max: 0) == "в день заказа")
        #expect(RussianPlural.deliveryDays(min: 1, max: 1) == "1 день")
        #expect(RussianPlural.deliveryDays(min: 2, max: 4) == "2–4 дня")
        #expect(RussianPlural.deliveryDays(min: 7, max: 14) == "7–14 дней")
        #expect(RussianPlural.deliveryDays(min: 10, max: 21) == "10–21 день")
        #expect(RussianPlural.duration(minutes: 180) == "3 ч")
        #expect(RussianPlural.duration(minutes: 90) == "1 ч 30 мин")
    }

    static let day = 1440

    /// `MinuteSpan` has no public initializer: it is made by the compiler, or decoded.
    func span(_ start: Int, end: Int) -> MinuteSpan {
        try! JSONDecoder().decode(MinuteSpan.self, from: Data(#"{"start":\#(start),"end":\#(end)}"#.utf8))
    }

    @Test func weekInAnotherTimeZoneCrossesMidnight() throws {
        // Mon–Fri 06:00–14:00 UTC: 09:00–17:00 in Moscow, 16:00–24:00 in Vladivostok.
        let week = (0..<5).map { span($0 * Self.day + 6 * 60, end: $0 * Self.day + 14 * 60) }
        let moscow = WeeklyHours(timeZone: try #require(TimeZone(identifier: "Europe/Moscow")), at: HandbookFixtures.at)
        #expect(moscow.describe(week) == "пн–пт 09:00–17:00")
        let vladivostok = WeeklyHours(timeZone: try #require(TimeZone(identifier: "Asia/Vladivostok")), at: HandbookFixtures.at)
        #expect(vladivostok.describe(week) == "пн–пт 16:00–24:00")
        let late = [span(6 * Self.day + 20 * 60, end: 7 * Self.day)]  // Sunday 20:00–24:00 UTC
        #expect(moscow.describe(late) == "пн 00:00–03:00; вс 23:00–24:00")
    }

    @Test func aroundTheClockAndNever() throws {
        let hours = WeeklyHours(timeZone: try #require(TimeZone(identifier: "Asia/Novosibirsk")), at: HandbookFixtures.at)
        #expect(hours.describe([span(0, end: 7 * Self.day)]) == "круглосуточно")
        #expect(hours.describe([]) == "звонки не принимает")
        #expect(hours.zoneLabel() == "Asia/Novosibirsk (UTC+7)")
    }

    @Test func slotsAreSaidInWords() {
        let line = SpokenLine(Line(text: "Здравствуйте, {{client.name}}! Заказ {{order.reference}}.", slots: []))
        #expect(line.plain == "Здравствуйте, ‹имя клиента›! Заказ ‹номер обращения›.")
        #expect(line.segments.filter(\.slot).count == 2)
    }
}
