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

    /// The note as the report may show it; its personal values are dropped.
    public func masking(_ note: CallLogTallies.NoteRecord) -> CallLogTallies.NoteRecord {
        var masked = note
        masked.text = mask(note.text, values: note.personalValues)
        masked.personalValues = []
        return masked
    }

    public func mask(_ text: String, values: [CallLogTallies.PersonalValue]) -> String {
        var text = text
        // E-mails first: their digits are no phone, and their words no name.
        if text.contains("@") { text = Self.replacing(Self.email, in: text, with: .email) }
        if text.contains(where: \.isNumber) { text = Self.replacing(Self.phone, in: text, with: .phone) }
        let words = values.flatMap { value in
            Self.words(in: value.value).map { ValueWord($0, placeholder: placeholders[value.field] ?? .other) }
        }
        return words.isEmpty ? text : Self.hiding(words, in: text)
    }

    /// A word of a captured value, lowercased, with the stem its forms share.
    struct ValueWord {
        let word: String
        /// Nil for a word with digits: only the very same digits are it.
        let stem: String?
        let placeholder: Placeholder

        init(_ word: String, placeholder: Placeholder) {
            self.word = word
            self.placeholder = placeholder
            stem = word.allSatisfy(\.isLetter) ? RussianStemmer.stem(word) : nil
        }

        /// The word itself, or a form of it: the same stem («Анна», «Анне»:
        /// «ан»), or a stem of three letters or more and an ending
        /// («Петров»: «петр», «Петрову»), never more than a few letters longer.
        func matches(_ candidate: String) -> Bool {
            if candidate == word { return true }
            guard let stem, candidate.count <= word.count + PersonalDataMask.longestEnding, candidate.allSatisfy(\.isLetter) else { return false }
            return stem.count >= PersonalDataMask.shortestWord ? candidate.hasPrefix(stem) : RussianStemmer.stem(candidate) == stem
        }
    }

    /// The value's words worth hiding, lowercased (`ё` as `е`).
    static func words(in value: String) -> [String] {
        fold(value).split { !($0.isLetter || $0.isNumber) }.map(String.init).filter { $0.count >= shortestWord }
    }

    static func fold(_ text: String) -> String { text.lowercased().replacingOccurrences(of: "ё", with: "е") }

    /// The text with each word that is one of `words` (or a form of it)
    /// replaced; neighbours hidden alike, with only spaces between
    /// («Иван Петров»), become one placeholder. Placeholders already there are kept.
    static func hiding(_ words: [ValueWord], in text: String) -> String {
        var result = ""
        var index = text.startIndex
        var last: (placeholder: Placeholder, end: String.Index)?
        while index < text.endIndex {
            if text[index] == "[", let placeholder = Placeholder.allCases.first(where: { text[index...].hasPrefix($0.rawValue) }) {
                index = text.index(index, offsetBy: placeholder.rawValue.count)
                continue
            }
            guard text[index].isLetter || text[index].isNumber else {
                index = text.index(after: index)
                continue
            }
            let start = index
            while index < text.endIndex, text[index].isLetter || text[index].isNumber { index = text.index(after: index) }
            let word = fold(String(text[start..<index]))
            guard let hidden = words.first(where: { $0.matches(word) }) else { continue }
            let between = text[(last?.end ?? text.startIndex)..<start]
            if let last, last.placeholder == hidden.placeholder, between.allSatisfy(\.isWhitespace) {
                // The same placeholder again: the words between are hidden in it.
            } else {
                result += between + hidden.placeholder.rawValue
            }
            last = (hidden.placeholder, index)
        }
        guard let last else { return text }
        return result + text[last.end...]
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
