import Foundation
import ReglamentCompile
import ReglamentModel

/// Finds FAQ answers by the words an operator types, whatever their
/// Russian form: each word is stemmed, entries are scored by the words they
/// share with the query (a word in a question counts more than one in the
/// answer, a rare word more than a common one), ties keep the FAQ's order.
public struct FAQSearch: Sendable {
    private let entries: [CompiledFAQ]
    /// Stem → (entry index, weight) for every entry that has it.
    private let postings: [String: [(entry: Int, weight: Double)]]

    static let questionWeight = 3.0, topicWeight = 2.0, answerWeight = 1.0

    public init(_ faq: [CompiledFAQ]) {
        entries = faq
        var postings: [String: [Int: Double]] = [:]
        for (index, entry) in faq.enumerated() {
            for (text, weight) in [(entry.questions.joined(separator: " "), Self.questionWeight),
                                   (entry.topic.replacingOccurrences(of: "_", with: " "), Self.topicWeight),
                                   (entry.answer.text, Self.answerWeight)] {
                for stem in Set(Self.stems(of: text)) { postings[stem, default: [:]][index, default: 0] = max(postings[stem]?[index] ?? 0, weight) }
            }
        }
        self.postings = postings.mapValues { $0.map { ($0.key, $0.value) }.sorted { $0.entry < $1.entry } }
    }

    /// The best entries for `query`, best first; none when no word matches.
    public func search(_ query: String, limit: Int = 5) -> [CompiledFAQ] {
        var scores: [Int: Double] = [:]
        for stem in Set(Self.stems(of: query)) {
            guard let found = postings[stem] else { continue }
            // Rarer words tell more: a word in every answer tells nothing.
            let rarity = log(1 + Double(entries.count) / Double(found.count))
            for posting in found { scores[posting.entry, default: 0] += posting.weight * rarity }
        }
        return scores.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            .prefix(limit).map { entries[$0.key] }
    }

    /// Words that carry no meaning for a search.
    static let stopWords: Set<String> = [
        "и", "в", "во", "на", "а", "но", "ли", "же", "не", "ни", "да", "нет", "что", "как", "это", "то", "у", "к", "ко", "с", "со",
        "о", "об", "от", "до", "по", "за", "из", "для", "при", "или", "бы", "мне", "меня", "мы", "вы", "вас", "вам", "ваш", "я",
        "он", "она", "они", "его", "ее", "их", "можно", "есть", "будет", "ещё", "еще", "уже", "так", "там", "тут", "какой", "какая",
        "какие", "где", "когда", "сколько", "ли", "the", "a", "an", "of", "to", "in", "is",
    ]

    /// The meaningful words of `text`, stemmed; also how the audit groups off-script notes.
    public static func stems(of text: String) -> [String] {
        RussianStemmer.stems(ofWords: text.lowercased().split(whereSeparator: { !($0.isLetter || $0.isNumber) })
            .filter { !stopWords.contains($0.replacingOccurrences(of: "ё", with: "е")) }.joined(separator: " "))
    }
}
