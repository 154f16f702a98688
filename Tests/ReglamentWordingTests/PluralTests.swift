import ReglamentModel
import ReglamentWording
import Testing

/// Nouns after numbers, durations and delivery terms.
@Suite struct PluralTests {
    @Test(arguments: [
        (1, PluralCategory.one), (2, .few), (5, .many), (11, .many), (12, .many), (21, .one), (111, .many),
        (0, .many), (22, .few), (104, .few), (114, .many),
    ])
    func category(number: Int, expected: PluralCategory) {
        #expect(PluralCategory(number) == expected)
    }

    @Test(arguments: [(1, "1 день"), (2, "2 дня"), (5, "5 дней"), (11, "11 дней"), (12, "12 дней"), (21, "21 день"), (111, "111 дней")])
    func days(number: Int, said: String) {
        #expect(RussianNoun.day.counted(number) == said)
    }

    @Test func hoursAndMinutesInBothCases() {
        #expect(RussianNoun.hour.counted(3) == "3 часа")
        #expect(RussianNoun.minute.counted(21) == "21 минута")
        #expect(RussianNoun.hour.counted(1, .genitive) == "1 часа")
        #expect(RussianNoun.hour.counted(3, .genitive) == "3 часов")
        #expect(RussianNoun.minute.counted(12, .genitive) == "12 минут")
    }

    @Test(arguments: [
        (180, "3 часа"), (90, "1 час 30 минут"), (45, "45 минут"), (2880, "2 дня"), (1440, "1 день"), (0, "0 минут"),
        (61, "1 час 1 минута"),
    ])
    func durations(minutes: Int, said: String) {
        #expect(DurationWording.said(minutes: minutes) == said)
    }

    @Test func durationsInTheGenitive() {
        // "в течение …"
        #expect(DurationWording.said(minutes: 12 * 60, .genitive) == "12 часов")
        #expect(DurationWording.said(minutes: 90, .genitive) == "1 часа 30 минут")
        #expect(DurationWording.said(minutes: 1440, .genitive) == "1 дня")
    }

    @Test(arguments: [(0, 0, "в день заказа"), (1, 1, "1 день"), (2, 4, "2–4 дня"), (7, 14, "7–14 дней"), (10, 21, "10–21 день")])
    func deliveryTerms(fewest: Int, most: Int, said: String) {
        #expect(DeliveryTerm.said(fewest: fewest, most: most) == said)
        #expect(DeliveryTerm.said(DayCount(fewest: fewest, most: most)) == said)
    }
}
