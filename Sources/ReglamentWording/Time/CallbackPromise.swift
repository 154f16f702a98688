import Foundation

/// When someone will call back, said the way a person says it, on a clock
/// in a given time zone: "сегодня после 18:30", "завтра после 10:00",
/// "в понедельник, 24.11, после 10:00".
public enum CallbackPromise {
    public static func phrase(for instant: Date, now: Date, in zone: TimeZone) -> String {
        let then = WallClock(instant, in: zone), today = WallClock(now, in: zone)
        let time = DateWording.clock(then.minute)
        switch then.date.dayNumber - today.date.dayNumber {
        case ...0: return "сегодня после \(time)"
        case 1: return "завтра после \(time)"
        default: return "\(then.weekday.onTheDay), \(DateWording.dayAndMonth(then.date)), после \(time)"
        }
    }
}
