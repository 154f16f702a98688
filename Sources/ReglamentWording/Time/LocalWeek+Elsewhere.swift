import Foundation
import ReglamentModel

extension LocalWeek {
    /// This week, kept on a clock in `own`, as a clock in `target` shows it
    /// over the week starting `monday` (a date in `target`): each span's
    /// ends are turned into instants on their own dates and back, so the
    /// offsets are those of that week. Spans that cross midnight in
    /// `target` are cut in two.
    public func seen(in target: TimeZone, from own: TimeZone, weekStarting monday: CalendarDate) -> LocalWeek {
        let weekStart = WallClock(date: monday, minute: 0).instant(in: target)
        let weekEnd = WallClock(date: monday.adding(days: 7), minute: 0).instant(in: target)
        let minutesPerDay = Self.minutesPerDay
        var days = Array(repeating: [Range<Int>](), count: 7)
        // A day before and after the week: their hours may reach into it.
        for ahead in -1...7 {
            let date = monday.adding(days: ahead)
            for span in hours(on: date.weekday) {
                let from = max(WallClock(date: date, minute: span.lowerBound).instant(in: own), weekStart)
                let until = min(WallClock(date: date, minute: span.upperBound).instant(in: own), weekEnd)
                guard from < until else { continue }
                let start = WallClock(from, in: target), end = WallClock(until, in: target)
                var minute = (start.date.dayNumber - monday.dayNumber) * minutesPerDay + start.minute
                let last = (end.date.dayNumber - monday.dayNumber) * minutesPerDay + end.minute
                while minute < last, (0..<7).contains(minute / minutesPerDay) {
                    let day = minute / minutesPerDay
                    let stop = min(last, (day + 1) * minutesPerDay)
                    days[day].append((minute - day * minutesPerDay)..<(stop - day * minutesPerDay))
                    minute = stop
                }
            }
        }
        return LocalWeek(days: days)
    }

    /// The week said on a clock in `target`: at standard time, and, when
    /// summer time in either zone moves it, by how much it moves then
    /// ("пн–пт 11:00–20:00 (в летнее время на час раньше)").
    public func said(in target: TimeZone, from own: TimeZone, closedDays: ClosedDays = .said) -> String {
        guard target.identifier != own.identifier else { return said(closedDays: closedDays) }
        let weeks = ReferenceWeek.standardFirst(for: [own, target])
        let standard = seen(in: target, from: own, weekStarting: weeks.standard)
        let text = standard.said(closedDays: closedDays)
        func gap(_ monday: CalendarDate) -> Int {
            let middle = ReferenceWeek.middle(of: monday)
            return (target.secondsFromGMT(for: middle) - own.secondsFromGMT(for: middle)) / 60
        }
        let shift = gap(weeks.other) - gap(weeks.standard)
        guard shift != 0, standard != seen(in: target, from: own, weekStarting: weeks.other) else { return text }
        let amount = abs(shift) == 60 ? "час" : DurationWording.said(minutes: abs(shift), .nominative)
        return text + " (в летнее время на \(amount) \(shift > 0 ? "позже" : "раньше"))"
    }
}
