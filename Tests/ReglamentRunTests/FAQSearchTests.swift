import Foundation
import ReglamentCompile
import ReglamentModel
import ReglamentRun
import Testing

/// The Russian stemmer against the reference Snowball implementation
/// (Python `snowballstemmer`), and FAQ search on the examples.
struct FAQSearchTests {
    /// Every word of the example regulations: thousands of real Russian word forms.
    static var words: [String] {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let folder = root.appendingPathComponent("Regulations")
        let files = FileManager.default.enumerator(atPath: folder.path)?.compactMap { $0 as? String }.filter { $0.hasSuffix(".yaml") } ?? []
        let text = files.compactMap { try? String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8) }.joined(separator: " ")
        let words = text.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init)
            .filter { $0.unicodeScalars.allSatisfy { (0x430...0x44F).contains($0.value) || $0 == "ё" } }
        return Array(Set(words)).sorted()
    }

    @Test func stemsMatchSnowball() throws {
        let words = Self.words
        #expect(words.count >= 900)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("reglament-words-\(UUID().uuidString).json")
        try JSONEncoder().encode(words).write(to: file)
        let python = try Python.run("""
            import json, sys, snowballstemmer
            print(json.dumps(snowballstemmer.stemmer("russian").stemWords(json.load(open(sys.argv[1])))))
            """, arguments: [file.path])
        let reference = try JSONDecoder().decode([String].self, from: Data(python.output.utf8))
        let differing = zip(words, reference).filter { RussianStemmer.stem($0) != $1.replacingOccurrences(of: "ё", with: "е") }
        #expect(differing.isEmpty, "\(differing.count) of \(words.count) differ: \(differing.prefix(20).map { "\($0) → ours \(RussianStemmer.stem($0)), snowball \($1)" })")
    }

    @Test func wordFormsFindTheSameAnswer() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let compiled = try #require(Compiler().compile(file: root.appendingPathComponent("Regulations/uyut-lavka/regulation.yaml").path).compiled)
        let search = FAQSearch(compiled.faq)
        let answers = ["доставка", "доставки", "доставку", "доставкой"].map { search.search($0).first?.id }
        #expect(answers.allSatisfy { $0 != nil && $0 == answers[0] }, "\(answers)")
        #expect(search.search("как вернуть товар").first?.topic == "returns")
        #expect(search.search("оплатить картой").first?.topic == "payment")
        #expect(search.search("и в на").isEmpty)
        #expect(search.search("квантовый синхрофазотрон").isEmpty)
    }
}
