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
    public func said(closedDays: ClosedDays = .said) -> String {
        if self == .always { return "круглосуточно" }
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

    /// One day's hours: "09:00–13:00, 14:00–18:00", "круглосуточно", "выходной".
    public static func said(day spans: [Range<Int>]) -> String {
        if spans.isEmpty { return "выходной" }
        if spans == [0..<minutesPerDay] { return "круглосуточно" }
        return spans.map(DateWording.clock).joined(separator: ", ")
    }

    /// "пн", "пн–пт" for days counted from Monday = 0.
    private static func dayRange(_ first: Int, _ last: Int) -> String {
        let name = { (index: Int) in Weekday(rawValue: index + 1)?.abbreviated ?? "" }
        return first == last ? name(first) : "\(name(first))–\(name(last))"
    }
}
