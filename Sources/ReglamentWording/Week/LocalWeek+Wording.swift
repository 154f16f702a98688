import ReglamentModel

extension LocalWeek {
    /// Whether a week's closed days are named ("вс выходной"): the operator
    /// reads the shop's hours aloud and says them; a table of contacts
    /// lists only when each can be reached.
    public enum ClosedDays: Sendable {
        case said
        case leftOut
    }

    /// "пн–пт 10:00–19:00; сб 11:00–16:00; вс выходной", "пн–пт круглосуточно",
    /// "круглосуточно" (every day, all day). Neighbouring days with the same
    /// hours are said once. With closed days left out, a week with no hours
    /// says nothing (the caller says what that means for the person).
    /// Hours that run past midnight are said as one span on the day they
    /// start («пн–сб 14:00–02:00»), as seen on another clock they often do.
    public func said(closedDays: ClosedDays = .said) -> String {
        if self == .always { return "круглосуточно" }
        let days = Self.overnight(days)
        var groups: [String] = []
        var first = 0
        while first < 7 {
            var last = first
            while last + 1 < 7, days[last + 1] == days[first] { last += 1 }
            if !days[first].isEmpty || closedDays == .said {
                groups.append("\(Self.dayRange(first, last)) \(Self.said(day: days[first]))")
            }
            first = last + 1
        }
        return groups.joined(separator: "; ")
    }

    /// One day's hours: "09:00–13:00, 14:00–18:00", "22:00–02:00" (a span
    /// past midnight), "круглосуточно", "выходной".
    public static func said(day spans: [Range<Int>]) -> String {
        if spans.isEmpty { return "выходной" }
        if spans == [0..<minutesPerDay] { return "круглосуточно" }
        return spans.map { span in
            "\(DateWording.clock(span.lowerBound))–\(DateWording.clock(span.upperBound > minutesPerDay ? span.upperBound - minutesPerDay : span.upperBound))"
        }.joined(separator: ", ")
    }

    /// The days with each span that ends at midnight joined to the next
    /// day's span from midnight (unless either is the whole day): its end
    /// then counts past 24:00, and the next day loses that span.
    private static func overnight(_ days: [[Range<Int>]]) -> [[Range<Int>]] {
        var result = days
        for day in 0..<7 {
            let next = (day + 1) % 7
            guard let last = result[day].last, last.upperBound == minutesPerDay, last.lowerBound > 0,
                  let early = result[next].first, early.lowerBound == 0, early.upperBound < minutesPerDay,
                  next != day
            else { continue }
            result[day][result[day].count - 1] = last.lowerBound..<(minutesPerDay + early.upperBound)
            result[next].removeFirst()
        }
        return result
    }

    /// "пн", "пн–пт" for days counted from Monday = 0.
    private static func dayRange(_ first: Int, _ last: Int) -> String {
        let name = { (index: Int) in Weekday(rawValue: index + 1)?.abbreviated ?? "" }
        return first == last ? name(first) : "\(name(first))–\(name(last))"
    }
}
