import ReglamentModel

/// Money as the operator says it: "100 000 ₽", "99,50 ₽", "300 EUR".
/// Groups of three digits and the sign are held together by no-break
/// spaces (U+00A0), so a line never breaks inside a sum.
public enum MoneyWording {
    private static let noBreakSpace = "\u{00A0}"

    /// "100 000 ₽" in roubles; another currency keeps its code: "300 EUR".
    public static func amount(_ money: Money, currency: String) -> String {
        amount(money) + noBreakSpace + sign(currency)
    }

    /// "100 000", "99,50": for texts that name the currency themselves
    /// («от {{zone.free_from}} ₽»). Kopecks only when there are any.
    public static func amount(_ money: Money) -> String {
        let digits = String(money.minorUnits / 100)
        var grouped = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0, (digits.count - offset) % 3 == 0 { grouped += noBreakSpace }
            grouped.append(digit)
        }
        let kopecks = money.minorUnits % 100
        guard kopecks != 0 else { return grouped }
        return grouped + "," + (kopecks < 10 ? "0" : "") + String(kopecks)
    }

    /// A decimal from the compiled regulation ("15000", "99.50") with the
    /// currency; text that is not a decimal is said as written, so an odd
    /// value is shown rather than hidden.
    public static func amount(decimal text: String, currency: String) -> String {
        Money(decimal: text).map { amount($0, currency: currency) } ?? text + noBreakSpace + sign(currency)
    }

    /// What something costs, as said to a client: "600 ₽", or "бесплатно"
    /// for nothing (never "0 ₽": a free pickup is free).
    public static func price(_ money: Money, currency: String) -> String {
        money.minorUnits == 0 ? "бесплатно" : amount(money, currency: currency)
    }

    /// "₽" for roubles, the ISO code for anything else.
    public static func sign(_ currency: String) -> String {
        currency == "RUB" ? "₽" : currency
    }
}
