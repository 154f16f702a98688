/// A span of time in minutes, in words: "45 минут", "3 часа",
/// "1 час 30 минут", "2 дня" (whole days are said as days).
public enum DurationWording {
    public static func said(minutes: Int, _ grammaticalCase: GrammaticalCase = .nominative) -> String {
        let minutesPerDay = 24 * 60
        if minutes > 0, minutes % minutesPerDay == 0 {
            return RussianNoun.day.counted(minutes / minutesPerDay, grammaticalCase)
        }
        let hours = minutes / 60, rest = minutes % 60
        let parts = [
            hours > 0 ? RussianNoun.hour.counted(hours, grammaticalCase) : nil,
            rest > 0 || hours == 0 ? RussianNoun.minute.counted(rest, grammaticalCase) : nil,
        ]
        return parts.compactMap { $0 }.joined(separator: " ")
    }
}
