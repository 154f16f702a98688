import Foundation

/// A full name: at least two words of letters (Cyrillic or Latin), with
/// hyphens and apostrophes inside words; stored with each part capitalised:
/// `анна-мария о'брайен` → `Анна-Мария О'Брайен`.
public enum PersonNameCheck {
    public static func normalize(_ input: String) -> Result<String, ActionRefusal> {
        let words = input.split(whereSeparator: \.isWhitespace).map { $0.replacingOccurrences(of: "’", with: "'") }
        guard words.count >= 2 else { return .failure(ActionRefusal("Нужны хотя бы имя и фамилия — два слова")) }
        for word in words {
            guard let first = word.first, first.isLetter, let last = word.last, last.isLetter,
                  word.allSatisfy({ $0.isLetter || $0 == "-" || $0 == "'" })
            else { return .failure(ActionRefusal("В имени «\(word)» допустимы только буквы, дефис и апостроф")) }
        }
        return .success(words.map(capitalised).joined(separator: " "))
    }

    /// Each part after a hyphen or an apostrophe starts with a capital.
    private static func capitalised(_ word: String) -> String {
        var result = ""
        var startsPart = true
        for character in word.lowercased() {
            result += startsPart ? character.uppercased() : String(character)
            startsPart = character == "-" || character == "'"
        }
        return result
    }
}
