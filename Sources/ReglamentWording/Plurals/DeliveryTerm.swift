import ReglamentModel

/// How long a delivery takes, in words: "в день заказа", "1 день",
/// "2–4 дня", "7–14 дней" (the noun agrees with the larger number).
public enum DeliveryTerm {
    public static func said(fewest: Int, most: Int) -> String {
        if most == 0 { return "в день заказа" }
        let days = fewest == most ? "\(most)" : "\(fewest)–\(most)"
        return "\(days) \(RussianNoun.day.form(after: most))"
    }

    public static func said(_ count: DayCount) -> String {
        said(fewest: count.fewest, most: count.most)
    }
}
