/// Russian noun forms after a number: 1 день, 2 дня, 5 дней.
enum RussianPlural {
    static func choose(_ number: Int, one: String, few: String, many: String) -> String {
        let lastTwo = abs(number) % 100, last = abs(number) % 10
        if (11...14).contains(lastTwo) { return many }
        if last == 1 { return one }
        if (2...4).contains(last) { return few }
        return many
    }

    static func days(_ number: Int) -> String {
        choose(number, one: "день", few: "дня", many: "дней")
    }

    /// A delivery term: "в день заказа", "1 день", "2–4 дня", "7–14 дней".
    static func deliveryDays(min: Int, max: Int) -> String {
        if max == 0 { return "в день заказа" }
        if min == max { return "\(max) \(days(max))" }
        return "\(min)–\(max) \(days(max))"
    }

    /// A duration in minutes: "45 мин", "3 ч", "1 ч 30 мин", "2 дня".
    static func duration(minutes: Int) -> String {
        if minutes > 0, minutes % 1440 == 0 { return "\(minutes / 1440) \(days(minutes / 1440))" }
        let hours = minutes / 60, rest = minutes % 60
        switch (hours, rest) {
        case (0, _): return "\(rest) мин"
        case (_, 0): return "\(hours) ч"
        default: return "\(hours) ч \(rest) мин"
        }
    }
}
