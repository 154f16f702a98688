import Foundation
import ReglamentModel

/// Turns local working hours into UTC: the weekly pattern as minute spans
/// from Monday 00:00 UTC, and each dated exception as UTC instants.
///
/// The weekly pattern uses the zone's standard offset from UTC, so the
/// output does not depend on the season it is compiled in. Russia keeps no
/// daylight saving time; for a zone that does, the runner adds the saving
/// in summer (exceptions are exact instants either way).
enum AvailabilityBuilder {
    static func build(_ hours: WorkingHours, in zone: TimeZoneID) -> Availability {
        Availability(utcWeek: utcWeek(hours.week, in: zone), exceptions: (hours.overrides ?? []).map { exception($0, in: zone) })
    }

    private static let minutesPerWeek = 7 * 24 * 60

    static func utcWeek(_ week: WeekSchedule, in zone: TimeZoneID) -> [MinuteSpan] {
        let timeZone = zone.timeZone
        let offset = (timeZone.secondsFromGMT() - Int(timeZone.daylightSavingTimeOffset())) / 60
        var open = [Bool](repeating: false, count: minutesPerWeek)
        for day in Weekday.allCases {
            let dayStart = (day.rawValue - 1) * 24 * 60
            for range in week.hours(on: day).ranges {
                for minute in range.start.minutes..<range.end.minutes {
                    open[wrap(dayStart + minute - offset)] = true
                }
            }
        }
        var spans: [MinuteSpan] = []
        var minute = 0
        while minute < minutesPerWeek {
            guard open[minute] else {
                minute += 1
                continue
            }
            let start = minute
            while minute < minutesPerWeek && open[minute] { minute += 1 }
            spans.append(MinuteSpan(start: start, end: minute))
        }
        return spans
    }

    private static func wrap(_ minute: Int) -> Int { ((minute % minutesPerWeek) + minutesPerWeek) % minutesPerWeek }

    static func exception(_ override: HoursOverride, in zone: TimeZoneID) -> AvailabilityException {
        let span = override.date.value
        let from = instant(span.first, minutes: 0, in: zone)
        let until = instant(span.last, minutes: 24 * 60, in: zone)
        var open: [InstantSpan] = []
        var date = span.first
        while date <= span.last {
            for range in override.hours.value.ranges {
                open.append(InstantSpan(
                    from: iso(instant(date, minutes: range.start.minutes, in: zone)),
                    until: iso(instant(date, minutes: range.end.minutes, in: zone))))
            }
            date = date.next
        }
        return AvailabilityException(dates: "\(span)", note: override.note?.value, from: iso(from), until: iso(until), open: open)
    }

    private static func instant(_ date: CalendarDate, minutes: Int, in zone: TimeZoneID) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone.timeZone
        let midnight = calendar.date(from: DateComponents(year: date.year, month: date.month, day: date.day)) ?? Date(timeIntervalSince1970: 0)
        return midnight.addingTimeInterval(TimeInterval(minutes * 60))
    }

    private static func iso(_ date: Date) -> String {
        date.formatted(.iso8601)
    }
}
