import Foundation
import ReglamentCompile
import ReglamentModel
import ReglamentRun

/// What the audit hides in an operator's note before the note reaches the
/// report: a note is the operator's words, but they may write down what
/// the client dictated. Phones (seven digits or more, however grouped) and
/// e-mail addresses are hidden in every note; the call's own personal
/// values (`NoteRecord.personalValues`: the name, address, postal index…
/// captured anywhere in that call) wherever a word of theirs recurs,
/// in any case and in its word forms («Анна» hides «Анне»).
///
/// Applied once, where notes enter the report (`Auditor`): every renderer
/// shows the masked text, and the grouping never sees what it hid.
public struct PersonalDataMask: Sendable {
    /// What each kind of personal data is shown as.
    public enum Placeholder: String, Sendable, CaseIterable {
        case phone = "[телефон]"
        case email = "[e-mail]"
        case name = "[имя]"
        case address = "[адрес]"
        case postalIndex = "[индекс]"
        case other = "[личные данные]"

        init(_ type: FieldType?) {
            self = switch type {
            case .fullName: .name
            case .phone: .phone
            case .email: .email
            case .address: .address
            case .postalIndex: .postalIndex
            default: .other
            }
        }
    }

    /// Event field → what its values are hidden as.
    let placeholders: [String: Placeholder]

    /// Value words shorter than this are left alone (a house number, «д.»).
    static let shortestWord = 3
    /// A word form is the value word's stem and at most this many letters more.
    static let longestEnding = 3

    public init(compiled: CompiledRegulation) {
        self.init(placeholders: compiled.personalEventFields.mapValues(Placeholder.init))
    }

    init(placeholders: [String: Placeholder]) {
        self.placeholders = placeholders
    }

    /// The notes as the report may show them; their personal values are dropped.
    public func masking(_ notes: [CallLogTallies.NoteRecord]) -> [CallLogTallies.NoteRecord] {
        var memo = Memo()
        return notes.map { note in
            var masked = note
            masked.text = mask(note.text, values: note.personalValues, memo: &memo)
            masked.personalValues = []
            return masked
        }
    }

    public func mask(_ text: String, values: [CallLogTallies.PersonalValue]) -> String {
        var memo = Memo()
        return mask(text, values: values, memo: &memo)
    }

    func mask(_ text: String, values: [CallLogTallies.PersonalValue], memo: inout Memo) -> String {
        let note = memo.note(text)
        // A value word is kept only if a word of the note could be a form of
        // it (the same first letter, not much longer): most notes repeat none
        // of their call's values, and most values are then never worded.
        var words: [ValueWord] = []
        for value in values {
            Self.forEachWord(in: value.value) { scalars, isLetters in
                guard scalars.count >= Self.shortestWord,
                      note.words.contains(where: { $0.scalars.first == scalars.first && $0.scalars.count <= scalars.count + Self.longestEnding })
                else { return }
                words.append(ValueWord(word: Word(scalars: Array(scalars), isLetters: isLetters), placeholder: placeholders[value.field] ?? .other))
            }
        }
        guard note.words.contains(where: { candidate in words.contains { $0.matches(candidate, memo: &memo) } }) else { return note.text }
        return Self.hiding(words, in: note.text, memo: &memo)
    }

    /// What the mask works out once and meets again: operators write the
    /// same notes over and over, and names recur.
    struct Memo {
        /// A note's text with phones and e-mails hidden, and the words left in it.
        struct Note { let text: String; let words: [Word] }
        private var notes: [String: Note] = [:]
        private var stems: [[Unicode.Scalar]: [Unicode.Scalar]] = [:]

        mutating func note(_ text: String) -> Note {
            if let known = notes[text] { return known }
            var masked = text
            // E-mails first: their digits are no phone, and their words no name.
            if masked.contains("@") { masked = PersonalDataMask.replacing(PersonalDataMask.email, in: masked, with: .email) }
            if masked.unicodeScalars.contains(where: { PersonalDataMask.ScalarKind($0) == .digit }) {
                masked = PersonalDataMask.replacing(PersonalDataMask.phone, in: masked, with: .phone)
            }
            var words: [Word] = []
            PersonalDataMask.forEachWord(in: masked) { words.append(Word(scalars: Array($0), isLetters: $1)) }
            let note = Note(text: masked, words: words)
            notes[text] = note
            return note
        }

        mutating func stem(_ word: Word) -> [Unicode.Scalar] {
            if let known = stems[word.scalars] { return known }
            let stem = Array(RussianStemmer.stem(String(String.UnicodeScalarView(word.scalars))).unicodeScalars)
            stems[word.scalars] = stem
            return stem
        }
    }

    /// A word as the mask compares it: its scalars lowercased, `ё` as `е`.
    struct Word {
        let scalars: [Unicode.Scalar]
        let isLetters: Bool
    }

    /// A word of a captured value, and what its forms are hidden as.
    struct ValueWord {
        let word: Word
        let placeholder: Placeholder

        /// The word itself, or a form of it: the same stem («Анна», «Анне»:
        /// «ан»), or a stem of three letters or more and an ending
        /// («Петров»: «петр», «Петрову»), never more than a few letters
        /// longer. Only digits: the very same digits.
        func matches(_ candidate: Word, memo: inout Memo) -> Bool {
            if candidate.scalars == word.scalars { return true }
            // A stem is the start of its word (the stemmer only takes endings
            // off), and at least its first letter: a word that starts otherwise
            // is no form of it, and neither is stemmed.
            guard word.isLetters, candidate.isLetters, candidate.scalars.count <= word.scalars.count + PersonalDataMask.longestEnding,
                  candidate.scalars.first == word.scalars.first else { return false }
            let stem = memo.stem(word)
            guard candidate.scalars.starts(with: stem) else { return false }
            return stem.count >= PersonalDataMask.shortestWord || memo.stem(candidate) == stem
        }
    }

    /// Each word of the text (a run of letters and digits, placeholders
    /// already put in left out), folded, with whether it is letters only,
    /// and its place. The folded scalars are valid only during the call.
    static func forEachWord(in text: String, _ body: (ArraySlice<Unicode.Scalar>, Bool, Range<String.Index>) -> Void) {
        let scalars = text.unicodeScalars
        var folded: [Unicode.Scalar] = []
        var word: (start: String.Index, isLetters: Bool)?
        var index = scalars.startIndex
        // Each scalar read once: every scalar of every value of a call with a note passes here.
        while index < scalars.endIndex {
            let scalar = scalars[index]
            let kind = ScalarKind(scalar)
            if kind != .other {
                if word == nil {
                    word = (index, true)
                    folded.removeAll(keepingCapacity: true)
                }
                if kind == .digit { word?.isLetters = false }
                folded.append(fold(scalar))
                index = scalars.index(after: index)
                continue
            }
            if let found = word {
                body(folded[...], found.isLetters, found.start..<index)
                word = nil
            }
            if scalar == "[", let placeholder = Placeholder.allCases.first(where: { scalars[index...].starts(with: $0.rawValue.unicodeScalars) }) {
                index = scalars.index(index, offsetBy: placeholder.rawValue.unicodeScalars.count)
            } else {
                index = scalars.index(after: index)
            }
        }
        if let found = word { body(folded[...], found.isLetters, found.start..<index) }
    }

    static func forEachWord(in text: String, _ body: (ArraySlice<Unicode.Scalar>, Bool) -> Void) {
        forEachWord(in: text) { scalars, isLetters, _ in body(scalars, isLetters) }
    }

    /// What a scalar is to a word (a combining mark continues its letter's);
    /// Latin and Cyrillic told without Unicode's tables.
    enum ScalarKind {
        case letter, digit, other

        init(_ scalar: Unicode.Scalar) {
            self = switch scalar.value {
            case 0x30...0x39: .digit
            case 0x41...0x5A, 0x61...0x7A, 0x400...0x4FF: .letter
            case 0...0x7F: .other
            default:
                scalar.properties.numericType != nil ? .digit
                    : scalar.properties.isAlphabetic || scalar.properties.generalCategory == .nonspacingMark ? .letter : .other
            }
        }
    }

    /// Lowercase, `ё` as `е`; Latin and Cyrillic without a table look-up.
    static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar.value {
        case 0x41...0x5A: Unicode.Scalar(scalar.value + 0x20) ?? scalar
        case 0x401, 0x451: "е"
        case 0x410...0x42F: Unicode.Scalar(scalar.value + 0x20) ?? scalar
        case 0x400...0x40F: Unicode.Scalar(scalar.value + 0x50) ?? scalar
        case 0...0x7F, 0x430...0x45F: scalar
        default: scalar.properties.lowercaseMapping.unicodeScalars.count == 1 ? scalar.properties.lowercaseMapping.unicodeScalars.first ?? scalar : scalar
        }
    }

    /// The text with each word that is one of `words` (or a form of it)
    /// replaced; neighbours hidden alike, with only spaces between
    /// («Иван Петров»), become one placeholder.
    static func hiding(_ words: [ValueWord], in text: String, memo: inout Memo) -> String {
        var result = ""
        var last: (placeholder: Placeholder, end: String.Index)?
        forEachWord(in: text) { scalars, isLetters, range in
            let word = Word(scalars: Array(scalars), isLetters: isLetters)
            guard let hidden = words.first(where: { $0.matches(word, memo: &memo) }) else { return }
            let between = text.unicodeScalars[(last?.end ?? text.startIndex)..<range.lowerBound]
            if let last, last.placeholder == hidden.placeholder, between.allSatisfy(\.properties.isWhitespace) {
                // The same placeholder again: the words between are hidden in it.
            } else {
                result += String(between) + hidden.placeholder.rawValue
            }
            last = (hidden.placeholder, range.upperBound)
        }
        guard let last else { return text }
        return result + String(text.unicodeScalars[last.end...])
    }

    /// The text with every match of `pattern` replaced by `placeholder`.
    static func replacing(_ pattern: String, in text: String, with placeholder: Placeholder) -> String {
        text.replacingOccurrences(of: pattern, with: NSRegularExpression.escapedTemplate(for: placeholder.rawValue), options: .regularExpression)
    }

    /// Seven digits or more, grouped by spaces, dashes or brackets, a `+` before:
    /// `+7 913 123-45-67`, `89131234567`, `8 (913) 123 45 67`.
    static let phone = "\\+?\\(?\\d(?:[ \\t\\u00A0()\\-–]*\\d){6,}"
    static let email = "[\\p{L}\\p{N}_.%+\\-]+@[\\p{L}\\p{N}\\-]+(?:\\.[\\p{L}\\p{N}\\-]+)+"

    /// The text without the placeholders, for what reads a note's words (the grouping).
    static func removingPlaceholders(_ text: String) -> String {
        Placeholder.allCases.reduce(text) { $0.replacingOccurrences(of: $1.rawValue, with: " ") }
    }
}
