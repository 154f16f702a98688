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

    /// The zone after a time in a table cell, as Russian call centers write
    /// it: "МСК", "МСК+4" (Novosibirsk), "МСК−1" (Kaliningrad); a zone with
    /// summer time by its city («по берлинскому времени»), "UTC" for UTC.
    public static func short(_ zone: TimeZone) -> String {
        if zone.identifier == "UTC" || zone.identifier == "GMT" { return "UTC" }
        let weeks = ReferenceWeek.standardFirst(for: [zone])
        let standard = zone.secondsFromGMT(for: ReferenceWeek.middle(of: weeks.standard))
        guard standard == zone.secondsFromGMT(for: ReferenceWeek.middle(of: weeks.other)) else { return ZonePhrase.whose(zone.identifier) }
        let minutes = standard / 60 - 3 * 60  // Moscow is UTC+3 all year
        guard minutes != 0 else { return "МСК" }
        let hours = abs(minutes) / 60, rest = abs(minutes) % 60
        return "МСК\(minutes < 0 ? "−" : "+")\(hours)" + (rest == 0 ? "" : ":" + (rest < 10 ? "0" : "") + "\(rest)")
    }

    /// "UTC+3", "UTC−3:30", "UTC" in the week starting `monday`.
    private static func offset(_ zone: TimeZone, at monday: CalendarDate) -> String {
        let minutes = zone.secondsFromGMT(for: ReferenceWeek.middle(of: monday)) / 60
        guard minutes != 0 else { return "UTC" }
        let hours = abs(minutes) / 60, rest = abs(minutes) % 60
        return "UTC\(minutes < 0 ? "−" : "+")\(hours)" + (rest == 0 ? "" : ":" + (rest < 10 ? "0" : "") + "\(rest)")
    }
}
