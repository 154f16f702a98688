/// The Snowball stemmer for Russian (snowballstem.org/algorithms/russian),
/// so that «доставка», «доставки», «доставку» and «доставкой» all become
/// «доставк» and find the same answer. Words are lowercased and ё read as е;
/// words in other scripts come back lowercased and otherwise untouched.
public enum RussianStemmer {
    public static func stem(_ word: String) -> String {
        var letters = Array(word.lowercased().replacingOccurrences(of: "ё", with: "е"))
        guard letters.contains(where: isCyrillic) else { return String(letters) }
        guard let rv = letters.firstIndex(where: isVowel).map({ $0 + 1 }) else { return String(letters) }
        let r2 = region2(letters)

        // Step 1: a perfective gerund, else a reflexive ending and then an adjectival, verb or noun ending.
        if !removeEnding(&letters, from: perfectiveGerund, rv: rv) {
            _ = removeEnding(&letters, from: [Endings(["ся", "сь"])], rv: rv)
            if !removeEnding(&letters, from: adjectival, rv: rv) {
                if !removeEnding(&letters, from: verb, rv: rv) {
                    _ = removeEnding(&letters, from: [Endings(noun)], rv: rv)
                }
            }
        }
        // Step 2.
        if letters.count > rv, letters.last == "и" { letters.removeLast() }
        // Step 3: a derivational ending, in R2.
        for ending in ["ость", "ост"] where hasSuffix(letters, ending) && letters.count - ending.count >= r2 {
            letters.removeLast(ending.count)
            break
        }
        // Step 4.
        if hasSuffix(letters, "нн"), letters.count - 2 >= rv {
            letters.removeLast()
        } else if let superlative = ["ейше", "ейш"].first(where: { hasSuffix(letters, $0) && letters.count - $0.count >= rv }) {
            letters.removeLast(superlative.count)
            if hasSuffix(letters, "нн") { letters.removeLast() }
        } else if letters.last == "ь", letters.count - 1 >= rv {
            letters.removeLast()
        }
        return String(letters)
    }

    /// Endings of one class; `afterAOrYa` endings count only after а or я, which stays.
    struct Endings {
        let endings: [String]
        let afterAOrYa: Bool

        init(_ endings: [String], afterAOrYa: Bool = false) {
            // Longest first: the algorithm removes the longest ending that matches.
            self.endings = endings.sorted { $0.count > $1.count }
            self.afterAOrYa = afterAOrYa
        }
    }

    static let perfectiveGerund = [
        Endings(["в", "вши", "вшись"], afterAOrYa: true),
        Endings(["ив", "ивши", "ившись", "ыв", "ывши", "ывшись"]),
    ]

    static let adjective = [
        "ее", "ие", "ые", "ое", "ими", "ыми", "ей", "ий", "ый", "ой", "ем", "им", "ым", "ом", "его", "ого", "ему", "ому",
        "их", "ых", "ую", "юю", "ая", "яя", "ою", "ею",
    ]

    /// An adjective ending, alone or after a participle's.
    static let adjectival: [Endings] = {
        let participleAfterAOrYa = ["ем", "нн", "вш", "ющ", "щ"], participle = ["ивш", "ывш", "ующ"]
        return [
            Endings(participleAfterAOrYa.flatMap { p in adjective.map { p + $0 } }, afterAOrYa: true),
            Endings(participle.flatMap { p in adjective.map { p + $0 } }),
            Endings(adjective),
        ]
    }()

    static let verb = [
        Endings(["ла", "на", "ете", "йте", "ли", "й", "л", "ем", "н", "ло", "но", "ет", "ют", "ны", "ть", "ешь", "нно"], afterAOrYa: true),
        Endings([
            "ила", "ыла", "ена", "ейте", "уйте", "ите", "или", "ыли", "ей", "уй", "ил", "ыл", "им", "ым", "ен", "ило", "ыло",
            "ено", "ят", "ует", "уют", "ит", "ыт", "ены", "ить", "ыть", "ишь", "ую", "ю",
        ]),
    ]

    static let noun = [
        "а", "ев", "ов", "ие", "ье", "е", "иями", "ями", "ами", "еи", "ии", "и", "ией", "ей", "ой", "ий", "й", "иям", "ям",
        "ием", "ем", "ам", "ом", "о", "у", "ах", "иях", "ях", "ы", "ь", "ию", "ью", "ю", "ия", "ья", "я",
    ]

    /// Removes the longest ending of the classes that lies in RV; the
    /// classes are tried together, as one set of alternatives.
    private static func removeEnding(_ letters: inout [Character], from classes: [Endings], rv: Int) -> Bool {
        var best: (length: Int, keep: Int)?
        for endings in classes {
            for ending in endings.endings where hasSuffix(letters, ending) {
                let start = letters.count - ending.count
                guard start >= rv else { continue }
                if endings.afterAOrYa {
                    guard start - 1 >= rv, letters[start - 1] == "а" || letters[start - 1] == "я" else { continue }
                }
                if best == nil || ending.count > best!.length { best = (ending.count, start) }
                break
            }
        }
        guard let best else { return false }
        letters.removeLast(letters.count - best.keep)
        return true
    }

    private static func hasSuffix(_ letters: [Character], _ ending: String) -> Bool {
        let tail = Array(ending)
        return letters.count >= tail.count && Array(letters.suffix(tail.count)) == tail
    }

    /// R2: the region after the first non-vowel following a vowel, taken twice.
    private static func region2(_ letters: [Character]) -> Int {
        func after(_ start: Int) -> Int {
            var index = start
            while index < letters.count && !isVowel(letters[index]) { index += 1 }
            while index < letters.count && isVowel(letters[index]) { index += 1 }
            return min(index + 1, letters.count)
        }
        return after(after(0))
    }

    private static func isVowel(_ letter: Character) -> Bool { "аеиоуыэюя".contains(letter) }
    private static func isCyrillic(_ letter: Character) -> Bool { ("а"..."я").contains(letter) }
}

extension RussianStemmer {
    /// The stems of the words of `text` (letters and digits; the rest separates words).
    public static func stems(ofWords text: String) -> [String] {
        text.lowercased().split(whereSeparator: { !($0.isLetter || $0.isNumber) }).map { stem(String($0)) }.filter { !$0.isEmpty }
    }
}
