import Foundation
import ReglamentCompile

/// When someone can be reached, said in a given time zone:
/// "пн–пт 09:00–22:00; сб 11:00–16:00", "круглосуточно".
struct WeeklyHours {
    static let dayNames = ["пн", "вт", "ср", "чт", "пт", "сб", "вс"]
    static let minutesInWeek = 7 * 1440

    var timeZone: TimeZone
    /// The instant whose UTC offset is used (time zones with summer time
    /// differ by date; Russia's do not).
    var at: Date

    /// The weekly pattern of `availability` (UTC minutes from Monday) in this time zone.
    func describe(_ utcWeek: [MinuteSpan]) -> String {
        let days = localDays(utcWeek)
        if days.allSatisfy({ $0 == [0..<1440] }) { return "круглосуточно" }
        if days.allSatisfy(\.isEmpty) { return "звонки не принимает" }
        var groups: [String] = []
        var day = 0
        while day < 7 {
            var last = day
            while last + 1 < 7, days[last + 1] == days[day] { last += 1 }
            if !days[day].isEmpty {
                let name = last == day ? Self.dayNames[day] : "\(Self.dayNames[day])–\(Self.dayNames[last])"
                groups.append("\(name) " + days[day].map(Self.clock).joined(separator: ", "))
            }
            day = last + 1
        }
        return groups.joined(separator: "; ")
    }

    /// The open minutes of each local day, Monday first; a span over
    /// midnight is cut in two.
    func localDays(_ utcWeek: [MinuteSpan]) -> [[Range<Int>]] {
        let offset = timeZone.secondsFromGMT(for: at) / 60
        var shifted: [Range<Int>] = []
        for span in utcWeek where span.end > span.start {
            let start = ((span.start + offset) % Self.minutesInWeek + Self.minutesInWeek) % Self.minutesInWeek
            let end = start + (span.end - span.start)
            if end <= Self.minutesInWeek {
                shifted.append(start..<end)
            } else {
                shifted.append(start..<Self.minutesInWeek)
                shifted.append(0..<(end - Self.minutesInWeek))
            }
        }
        var days = Array(repeating: [Range<Int>](), count: 7)
        for span in shifted.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            var start = span.lowerBound
            while start < span.upperBound {
                let day = start / 1440
                let end = min(span.upperBound, (day + 1) * 1440)
                let local = (start - day * 1440)..<(end - day * 1440)
                if let previous = days[day].last, previous.upperBound == local.lowerBound {
                    days[day][days[day].count - 1] = previous.lowerBound..<local.upperBound
                } else {
                    days[day].append(local)
                }
                start = end
            }
        }
        return days
    }

    static func clock(_ span: Range<Int>) -> String {
        "\(time(span.lowerBound))–\(time(span.upperBound))"
    }

    static func time(_ minute: Int) -> String {
        String(format: "%02d:%02d", minute / 60, minute % 60)
    }

    /// "Europe/Moscow (UTC+3)".
    func zoneLabel() -> String {
        let minutes = timeZone.secondsFromGMT(for: at) / 60
        let sign = minutes < 0 ? "−" : "+"
        let hours = abs(minutes) / 60, rest = abs(minutes) % 60
        let offset = minutes == 0 ? "UTC" : "UTC\(sign)\(hours)" + (rest == 0 ? "" : String(format: ":%02d", rest))
        return timeZone.identifier == "UTC" ? "UTC" : "\(timeZone.identifier) (\(offset))"
    }

    /// A dated exception in this time zone: its dates "31.12.2026" or
    /// "01.01.2027–08.01.2027", and the hours open inside it ("10:00–14:00"
    /// or "не работает").
    func describe(_ exception: AvailabilityException) -> (dates: String, hours: String) {
        let dates = exception.dates.components(separatedBy: "..").map(Self.russianDate).joined(separator: "–")
        let parser = ISO8601DateFormatter()
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let spans: [String] = exception.open.compactMap { span in
            guard let from = parser.date(from: span.from), let until = parser.date(from: span.until) else { return nil }
            let start = calendar.dateComponents([.hour, .minute], from: from)
            let end = calendar.dateComponents([.hour, .minute], from: until)
            let endMinute = (end.hour ?? 0) * 60 + (end.minute ?? 0)
            return "\(Self.time((start.hour ?? 0) * 60 + (start.minute ?? 0)))–\(Self.time(endMinute == 0 ? 1440 : endMinute))"
        }
        // A span of dates has the same hours every day: say them once.
        var said: [String] = []
        for span in spans where !said.contains(span) { said.append(span) }
        return (dates, said.isEmpty ? "не работает" : said.joined(separator: ", "))
    }

    /// "2027-01-08" → "08.01.2027"; anything else as written.
    static func russianDate(_ iso: String) -> String {
        let parts = iso.split(separator: "-")
        guard parts.count == 3 else { return iso }
        return "\(parts[2]).\(parts[1]).\(parts[0])"
    }
}
