import Foundation

/// When someone will call back, said the way a person says it, in a given
/// time zone: "сегодня после 18:30", "завтра после 10:00",
/// "в понедельник, 24.11, после 10:00".
public enum CallbackPromise {
    private static let weekdays = ["в воскресенье", "в понедельник", "во вторник", "в среду", "в четверг", "в пятницу", "в субботу"]

    public static func phrase(for instant: Date, now: Date, in timeZone: TimeZone) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .weekday], from: instant)
        let time = String(format: "%02d:%02d", parts.hour ?? 0, parts.minute ?? 0)
        let days = calendar.dateComponents([.day], from: calendar.startOfDay(for: now), to: calendar.startOfDay(for: instant)).day ?? 0
        switch days {
        case ...0: return "сегодня после \(time)"
        case 1: return "завтра после \(time)"
        default:
            let weekday = weekdays[((parts.weekday ?? 1) - 1) % 7]
            return "\(weekday), \(String(format: "%02d.%02d", parts.day ?? 1, parts.month ?? 1)), после \(time)"
        }
    }
}
