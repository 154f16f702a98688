import Foundation
import ReglamentModel

/// A time zone as the handbook names it: "Europe/Moscow (UTC+3)",
/// "Europe/Berlin (UTC+1, в летнее время UTC+2)", "UTC".
public enum ZoneWording {
    public static func label(_ zone: TimeZone) -> String {
        // Foundation on Linux names UTC "GMT".
        if zone.identifier == "UTC" || zone.identifier == "GMT" { return "UTC" }
        let weeks = ReferenceWeek.standardFirst(for: [zone])
        let standard = offset(zone, at: weeks.standard), summer = offset(zone, at: weeks.other)
        return "\(zone.identifier) (\(standard)" + (summer == standard ? ")" : ", в летнее время \(summer))")
    }

    /// "UTC+3", "UTC−3:30", "UTC" in the week starting `monday`.
    private static func offset(_ zone: TimeZone, at monday: CalendarDate) -> String {
        let minutes = zone.secondsFromGMT(for: ReferenceWeek.middle(of: monday)) / 60
        guard minutes != 0 else { return "UTC" }
        let hours = abs(minutes) / 60, rest = abs(minutes) % 60
        return "UTC\(minutes < 0 ? "−" : "+")\(hours)" + (rest == 0 ? "" : ":" + (rest < 10 ? "0" : "") + "\(rest)")
    }
}
