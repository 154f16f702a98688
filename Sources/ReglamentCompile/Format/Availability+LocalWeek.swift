import Foundation
import ReglamentWording

extension Availability {
    /// The weekly hours as Wording reads them, with the zone they are kept in.
    public var localWeek: LocalWeek {
        LocalWeek(days: week.map { $0.map { $0.start..<$0.end } })
    }

    /// The person's zone; UTC when the name is unknown to this system.
    public var timeZone: TimeZone { TimeZone(identifier: timezone) ?? .gmt }
}
