import Foundation
import ReglamentModel

extension LocalWeek {
    /// Whether the person, whose clock is in `zone`, is open at `instant`.
    public func isOpen(at instant: Date, in zone: TimeZone) -> Bool {
        let clock = WallClock(instant, in: zone)
        return isOpen(on: clock.weekday, minute: clock.minute)
    }

    /// The first instant after `instant` at which `isOpen` may change: the
    /// next start or end of a span on the person's own clock, looked for
    /// over the coming week; nil when the week has no hours.
    public func nextChange(after instant: Date, in zone: TimeZone) -> Date? {
        let now = WallClock(instant, in: zone)
        for ahead in 0...7 {
            let date = now.date.adding(days: ahead)
            let boundaries = Set(hours(on: date.weekday).flatMap { [$0.lowerBound, $0.upperBound] }).sorted()
            for minute in boundaries where ahead > 0 || minute > now.minute {
                let change = WallClock(date: date, minute: minute).instant(in: zone)
                if change > instant { return change }
            }
        }
        return nil
    }
}
