import Foundation
import ReglamentModel
import ReglamentWording

/// Working hours as the runner reads them: the weekly pattern kept on the
/// person's own clock with their zone named (the runner converts instants
/// date by date), and each dated exception as exact UTC instants.
enum AvailabilityBuilder {
    static func build(_ hours: WorkingHours, in zone: TimeZoneID) -> Availability {
        Availability(
            timezone: zone.identifier,
            week: LocalWeek(hours.week).days.map { $0.map { MinuteSpan(start: $0.lowerBound, end: $0.upperBound) } },
            exceptions: (hours.overrides ?? []).map { exception($0, in: zone) })
    }

    static func exception(_ override: HoursOverride, in zone: TimeZoneID) -> AvailabilityException {
        let span = override.date.value
        let timeZone = zone.timeZone
        func iso(_ date: CalendarDate, _ minute: Int) -> String {
            WallClock(date: date, minute: minute).instant(in: timeZone).formatted(.iso8601)
        }
        var open: [InstantSpan] = []
        var date = span.first
        while date <= span.last {
            for range in override.hours.value.ranges {
                open.append(InstantSpan(from: iso(date, range.start.minutes), until: iso(date, range.end.minutes)))
            }
            date = date.next
        }
        return AvailabilityException(
            dates: "\(span)", note: override.note?.value,
            from: iso(span.first, 0), until: iso(span.last, LocalWeek.minutesPerDay), open: open)
    }
}
