import Foundation
import ReglamentModel
import ReglamentWording

/// An end of the audit's period (`--since`, `--until`): a day
/// (`2026-11-01`, judged in the shop's time zone once the regulation is
/// read) or an ISO 8601 time.
enum PeriodBound: Sendable, Equatable {
    case day(CalendarDate)
    case instant(Instant)

    static func argument(_ text: String) throws -> PeriodBound {
        if let instant = try? Instant(parsing: text) { return .instant(instant) }
        // The calendar's own check: 2026-13-01 and 2026-02-30 are no days.
        if let day = CalendarDate(Substring(text)), Instant.years.contains(day.year) { return .day(day) }
        throw ArgumentProblem(
            "not a day (2026-11-01) or an ISO 8601 time (2026-11-01T09:00:00+03:00) in the years \(Instant.years.lowerBound)–\(Instant.years.upperBound)")
    }

    /// The instant it stands for: a day starts at its midnight in `zone`;
    /// with `endOfDay` (an inclusive `--until`), at the next midnight.
    func date(in zone: TimeZone, endOfDay: Bool) -> Date {
        switch self {
        case .instant(let instant): instant.date
        case .day(let day): WallClock(date: endOfDay ? day.next : day, minute: 0).instant(in: zone)
        }
    }
}
