import Foundation

/// When someone will call back, said the way a person says it, on a clock
/// in a given time zone: "сегодня после 18:30", "завтра после 10:00",
/// "в понедельник, 24.11, после 10:00"; and, when they can be reached
/// already (their hours have begun, they did not pick up), by when:
/// "сегодня до 21:00" — "после 21:02" at 21:02 promised nothing.
public enum CallbackPromise {
    public static func phrase(for instant: Date, now: Date, in zone: TimeZone) -> String {
        phrase("после", instant, now: now, in: zone)
    }

    /// The callback promised in the span `from..<until` of the person's hours.
    public static func phrase(from: Date, until: Date?, now: Date, in zone: TimeZone) -> String {
        guard from <= now, let until else { return phrase(for: from, now: now, in: zone) }
        return phrase("до", until, now: now, in: zone)
    }

    private static func phrase(_ preposition: String, _ instant: Date, now: Date, in zone: TimeZone) -> String {
        let then = WallClock(instant, in: zone), today = WallClock(now, in: zone)
        let time = DateWording.clock(then.minute)
        switch then.date.dayNumber - today.date.dayNumber {
        case ...0: return "сегодня \(preposition) \(time)"
        case 1: return "завтра \(preposition) \(time)"
        default: return "\(then.weekday.onTheDay), \(DateWording.dayAndMonth(then.date)), \(preposition) \(time)"
        }
    }
}
