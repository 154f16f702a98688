import ReglamentModel

/// How the operator says hours, days and money in Russian.
enum RussianText {
    static let dayNames = ["пн", "вт", "ср", "чт", "пт", "сб", "вс"]

    /// "пн–пт 09:00–21:00; сб 10:00–18:00; вс выходной".
    static func hours(_ week: WeekSchedule) -> String {
        var groups: [(first: Weekday, last: Weekday, ranges: TimeRanges)] = []
        for day in Weekday.allCases {
            let ranges = week.hours(on: day)
            if let last = groups.last, last.ranges == ranges, last.last.rawValue == day.rawValue - 1 {
                groups[groups.count - 1].last = day
            } else {
                groups.append((day, day, ranges))
            }
        }
        return groups.map { group in
            let days = group.first == group.last
                ? dayNames[group.first.rawValue - 1]
                : "\(dayNames[group.first.rawValue - 1])–\(dayNames[group.last.rawValue - 1])"
            return "\(days) \(ranges(group.ranges))"
        }.joined(separator: "; ")
    }

    static func ranges(_ ranges: TimeRanges) -> String {
        if ranges.ranges.isEmpty { return "выходной" }
        if ranges.ranges.count == 1, ranges.ranges[0].start.minutes == 0, ranges.ranges[0].end.minutes == 24 * 60 {
            return "круглосуточно"
        }
        return ranges.ranges.map { "\($0.start)–\($0.end)" }.joined(separator: ", ")
    }

    /// "300 ₽" for roubles, "300 EUR" for another currency.
    static func money(_ amount: Money, currency: String) -> String {
        currency == "RUB" ? "\(self.amount(amount))\u{00A0}₽" : "\(self.amount(amount))\u{00A0}\(currency)"
    }

    /// "5 000", "99,50": digits grouped by thousands, kopecks after a comma.
    static func amount(_ amount: Money) -> String {
        let digits = String(amount.minorUnits / 100)
        var grouped = ""
        for (offset, character) in digits.enumerated() {
            if offset > 0 && (digits.count - offset) % 3 == 0 { grouped += "\u{00A0}" }
            grouped.append(character)
        }
        let cents = amount.minorUnits % 100
        return cents == 0 ? grouped : grouped + "," + (cents < 10 ? "0" : "") + String(cents)
    }

    /// "1 день", "2–4 дня", "5 дней".
    static func days(_ count: DayCount) -> String {
        "\(count) \(plural(count.most, one: "день", few: "дня", many: "дней"))"
    }

    static func plural(_ number: Int, one: String, few: String, many: String) -> String {
        let lastTwo = number % 100, last = number % 10
        if (11...14).contains(lastTwo) { return many }
        if last == 1 { return one }
        if (2...4).contains(last) { return few }
        return many
    }
}
