/// The letters a shop's call references start with: its id's first
/// letters, upper case ("uyut" → "UYUT", "hifi-dom" → "HD"), so the
/// reference reads well over the phone.
public enum ReferencePrefix {
    public static func of(shop id: String) -> String {
        let words = id.split(whereSeparator: { !$0.isLetter && !$0.isNumber })
        let letters = words.count > 1 ? String(words.compactMap(\.first)) : String(words.first?.prefix(4) ?? "R")
        return letters.uppercased()
    }
}
