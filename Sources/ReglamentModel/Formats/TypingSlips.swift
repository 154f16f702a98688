/// The slips of a keyboard that make a value look right and read wrong: a
/// dash for a hyphen (`11:00–15:00`, a word processor's habit), a dot for
/// a colon in a time (`10.00`), full-width digits (`１０:００`, an East Asian
/// input method), a Cyrillic letter in a Latin id (`dеlivery`, with a
/// Russian `е`). When the value fixed of them fits its format, the hint says
/// what slipped and gives the fixed value; every format's problem passes
/// through here (`ShapeValidator`), so each format need not guess.
public enum TypingSlips {
    public enum Slip: Sendable, Equatable {
        case dash(Character)
        case dotForColon
        case wideDigit(Character)
        case cyrillicLetter(Character)

        var explanation: String {
            switch self {
            case .dash(let dash): "'\(dash)' is a dash (U+\(hex(dash))), not the hyphen '-'"
            case .dotForColon: "hours and minutes are joined by ':', not '.'"
            case .wideDigit(let digit): "'\(digit)' is a full-width or non-Latin digit (U+\(hex(digit))), not an ASCII one"
            case .cyrillicLetter(let letter): "'\(letter)' is the Cyrillic letter (U+\(hex(letter))), not the Latin one it looks like"
            }
        }

        private func hex(_ character: Character) -> String {
            String(character.unicodeScalars.first!.value, radix: 16, uppercase: true).leftPadded(to: 4)
        }
    }

    /// `problem` with a hint naming the slips when fixing them makes `text` valid.
    public static func explain(_ problem: FormatProblem, in text: String, validate: (String) -> FormatProblem?) -> FormatProblem {
        guard let (fixed, slips) = fixing(text), validate(fixed) == nil else { return problem }
        let said = slips.map(\.explanation).joined(separator: "; ")
        return FormatProblem(problem.message, hint: "\(said): write '\(fixed)'")
    }

    /// The text with its slips fixed, and the slips (each kind once), or nil when it has none.
    public static func fixing(_ text: String) -> (String, [Slip])? {
        var slips: [Slip] = []
        var fixed = ""
        let characters = Array(text)
        for (index, character) in characters.enumerated() {
            if dashes.contains(character) {
                note(.dash(character), in: &slips)
                fixed.append("-")
            } else if let digit = asciiDigit(character) {
                note(.wideDigit(character), in: &slips)
                fixed.append(digit)
            } else if let latin = latinLookAlikes[character], isAmongLatin(index, of: characters) {
                note(.cyrillicLetter(character), in: &slips)
                fixed.append(latin)
            } else if character == ".", isTimeDot(index, of: characters) {
                note(.dotForColon, in: &slips)
                fixed.append(":")
            } else {
                fixed.append(character)
            }
        }
        return slips.isEmpty ? nil : (fixed, slips)
    }

    private static let dashes: Set<Character> = ["\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}", "\u{2015}", "\u{2212}", "\u{FE63}", "\u{FF0D}"]

    private static let latinLookAlikes: [Character: Character] = [
        "а": "a", "в": "b", "е": "e", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p", "с": "c", "т": "t", "у": "y", "х": "x",
        "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P", "С": "C", "Т": "T", "У": "Y", "Х": "X",
    ]

    private static func note(_ slip: Slip, in slips: inout [Slip]) {
        let kind: (Slip) -> Int = {
            switch $0 {
            case .dash: 0
            case .dotForColon: 1
            case .wideDigit: 2
            case .cyrillicLetter: 3
            }
        }
        if !slips.contains(where: { kind($0) == kind(slip) }) { slips.append(slip) }
    }

    /// A decimal digit that is not ASCII (`１`, `٣`), as its ASCII digit.
    private static func asciiDigit(_ character: Character) -> Character? {
        guard !character.isASCII, character.isWholeNumber, let value = character.wholeNumberValue, (0...9).contains(value),
              character.unicodeScalars.count == 1, character.unicodeScalars.first!.properties.numericType == .decimal
        else { return nil }
        return Character(String(value))
    }

    /// A Cyrillic look-alike counts as a slip only in a word that is otherwise Latin.
    private static func isAmongLatin(_ index: Int, of characters: [Character]) -> Bool {
        var start = index, end = index
        while start > 0, characters[start - 1].isLetter { start -= 1 }
        while end + 1 < characters.count, characters[end + 1].isLetter { end += 1 }
        let word = characters[start...end]
        return word.contains { $0.isASCII } && word.allSatisfy { $0.isASCII || latinLookAlikes[$0] != nil }
    }

    /// `10.00`: one or two digits, a dot, two digits, and no more digits or dots around.
    private static func isTimeDot(_ index: Int, of characters: [Character]) -> Bool {
        func digit(_ at: Int) -> Bool { characters.indices.contains(at) && (characters[at].isASCIIDigit || asciiDigit(characters[at]) != nil) }
        func boundary(_ at: Int) -> Bool { !characters.indices.contains(at) || !(digit(at) || characters[at] == ".") }
        guard digit(index - 1), digit(index + 1), digit(index + 2), boundary(index + 3) else { return false }
        return boundary(index - 2) || (digit(index - 2) && boundary(index - 3))
    }
}

extension String {
    fileprivate func leftPadded(to length: Int) -> String {
        String(repeating: "0", count: max(0, length - count)) + self
    }
}
