/// The id `reglament init` proposes for a shop from its name: Latin letters
/// as they sound («Уютная лавка» → `uyutnaya-lavka`), so the call
/// references (`UL-1125-001`) read well over the phone. The owner may
/// change it; it must stay an identifier (lower-case Latin, digits, `-`).
enum ShopIdentifier {
    static let fallback = "shop"

    static func suggested(for name: String) -> String {
        var words: [String] = [""]
        for character in name.lowercased() {
            if let latin = latin[character] {
                words[words.count - 1] += latin
            } else if character.isASCII, character.isLetter || character.isNumber {
                words[words.count - 1].append(character)
            } else if !words[words.count - 1].isEmpty {
                words.append("")
            }
        }
        let id = words.filter { !$0.isEmpty }.prefix(3).joined(separator: "-")
        let short = String(id.prefix(32)).trimmingSuffix("-")
        return short.isEmpty ? fallback : short
    }

    /// Russian letters in the transliteration of Russian passports (ICAO), simplified.
    private static let latin: [Character: String] = [
        "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z", "и": "i", "й": "y",
        "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f",
        "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
    ]
}

private extension String {
    func trimmingSuffix(_ character: Character) -> String {
        var text = self
        while text.last == character { text.removeLast() }
        return text
    }
}
