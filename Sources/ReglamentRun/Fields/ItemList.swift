import Foundation
import ReglamentCompile

/// The items of an order as the operator types them — "Пианино Yamaha U1
/// x1, банкетка x2" — stored one per line as `name × quantity [classes]`.
/// A product class is recognised when an item names the class's id or the
/// first word of its name; the classes decide which deliveries are possible.
public enum ItemList {
    public static func normalize(_ input: String, classes: [CompiledProductClass]) -> Result<String, ActionRefusal> {
        let parts = input.split(whereSeparator: { $0 == "," || $0 == ";" || $0.isNewline })
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard !parts.isEmpty else { return .failure(ActionRefusal("Назовите товары, например: «Пианино Yamaha U1 x1, банкетка x2»")) }
        var lines: [String] = []
        for part in parts {
            let (name, quantity) = split(part)
            guard !name.isEmpty, quantity >= 1 else { return .failure(ActionRefusal("Не понял позицию «\(part)»: название и количество, например «банкетка x2»")) }
            let found = classes.filter { names(name, $0) }.map(\.id)
            lines.append("\(name) × \(quantity)" + (found.isEmpty ? "" : " [\(found.joined(separator: ","))]"))
        }
        return .success(lines.joined(separator: "\n"))
    }

    /// The product classes a stored item list names.
    public static func classes(in stored: String) -> Set<String> {
        Set(stored.split(separator: "\n").flatMap { line -> [String] in
            guard let open = line.lastIndex(of: "["), line.hasSuffix("]") else { return [] }
            return line[line.index(after: open)..<line.index(before: line.endIndex)].split(separator: ",").map(String.init)
        })
    }

    /// "банкетка x2" → ("банкетка", 2); "Пианино 1 шт" → ("Пианино", 1); no count → 1.
    private static func split(_ part: String) -> (String, Int) {
        var words = part.split(separator: " ").map(String.init)
        if let last = words.last?.lowercased() {
            if let count = Int(last.drop { $0 == "x" || $0 == "х" || $0 == "×" }), last.first.map({ "xх×".contains($0) }) == true {
                words.removeLast()
                return (words.joined(separator: " "), count)
            }
            if last.hasPrefix("шт"), words.count >= 2, let count = Int(words[words.count - 2]) {
                words.removeLast(2)
                return (words.joined(separator: " "), count)
            }
        }
        return (part, 1)
    }

    private static func names(_ item: String, _ productClass: CompiledProductClass) -> Bool {
        let text = item.lowercased()
        if text.contains(productClass.id.lowercased()) { return true }
        guard let word = productClass.name.lowercased().split(separator: " ").first, word.count >= 4 else { return false }
        // The word's stem, so "пианино"/"рояли"/"рояль" and "диван"/"диваны" match.
        return text.contains(word.prefix(max(4, word.count - 2)))
    }
}
