import Foundation
import ReglamentCompile
import ReglamentModel

/// The items of an order as the operator types them — "Рояль Yamaha C1X
/// x1 по 890000, банкетка x2 по 12500" — and as they are stored: one per
/// line, `name × quantity — price` (the price of one, a plain decimal), so
/// the stored text reads back into the same items. Product classes are not
/// in the text: the operator confirms them after typing (see
/// `CallSession.classification`), guided by `guessClasses`.
public enum ItemList {
    public static let example = "«Рояль Yamaha C1X x1 по 890000, банкетка x2 по 12500»"

    /// The stored text of what the operator typed, or why it is refused.
    public static func normalize(_ input: String) -> Result<String, ActionRefusal> {
        let parts = input.split(whereSeparator: { $0 == "," || $0 == ";" || $0.isNewline })
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard !parts.isEmpty else { return .failure(ActionRefusal("Назовите товары с количеством и ценой, например: \(example)")) }
        var items: [OrderItem] = []
        for part in parts {
            if let refusal = OneLineText.refusal(part) { return .failure(refusal) }
            let (rest, price) = splitPrice(part)
            let (name, quantity) = splitQuantity(rest)
            guard !name.isEmpty, quantity >= 1 else {
                return .failure(ActionRefusal("Не понял позицию «\(part)»: название, количество и цена, например \(example)"))
            }
            guard let price else {
                return .failure(ActionRefusal("Нет цены у «\(name)»: цену за штуку — с сайта, например «\(name) x\(quantity) по 1500»"))
            }
            items.append(OrderItem(name: name, quantity: quantity, price: price))
        }
        return .success(stored(items))
    }

    /// The items of a stored text (classes are kept apart from it).
    public static func items(in stored: String) -> [OrderItem] {
        stored.split(separator: "\n").map { line in
            var text = String(line)
            var price: Money?
            if let dash = text.range(of: " — ", options: .backwards) {
                price = try? Money(parsing: String(text[dash.upperBound...]))
                if price != nil { text = String(text[..<dash.lowerBound]) }
            }
            if let times = text.range(of: " × ", options: .backwards), let quantity = Int(text[times.upperBound...]) {
                return OrderItem(name: String(text[..<times.lowerBound]), quantity: quantity, price: price)
            }
            return OrderItem(name: text, quantity: 1, price: price)
        }
    }

    package static func stored(_ items: [OrderItem]) -> String {
        items.map { item in "\(item.name) × \(item.quantity)" + (item.price.map { " — \($0)" } ?? "") }.joined(separator: "\n")
    }

    /// The classes whose keywords the item's name contains, in the regulation's order.
    public static func guessClasses(_ item: String, among classes: [CompiledProductClass]) -> [String] {
        ProductKeywords.matches(item, keywords: classes.map(\.keywords)).map { classes[$0].id }
    }

    /// "… по 1500", "… — 1 500 ₽", "… 1500 руб" → (the rest, 1500).
    private static func splitPrice(_ part: String) -> (String, Money?) {
        let range = NSRange(part.startIndex..., in: part)
        guard let match = pricePattern.firstMatch(in: part, range: range),
              let whole = Range(match.range, in: part), let number = Range(match.range(at: 1), in: part)
        else { return (part, nil) }
        let digits = part[number].filter { !$0.isWhitespace }.replacingOccurrences(of: ",", with: ".")
        guard let price = try? Money(parsing: digits) else { return (part, nil) }
        return (part[..<whole.lowerBound].trimmingCharacters(in: .whitespaces), price)
    }

    // A price after "по", "за", a dash or "=", or any number followed by a currency word, at the end.
    private static let pricePattern = try! NSRegularExpression(
        pattern: #"(?:\s+(?:по|за|—|–|-|=)\s*|\s+(?=\d[\d\s\u00A0]*(?:[.,]\d{1,2})?\s*(?:₽|руб|р\.)))(\d[\d\s\u00A0]*(?:[.,]\d{1,2})?)\s*(?:₽|руб\.?|р\.?)?$"#,
        options: [.caseInsensitive])

    /// "банкетка x2" → ("банкетка", 2); "Пианино 1 шт" → ("Пианино", 1); no count → 1.
    private static func splitQuantity(_ part: String) -> (String, Int) {
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
}
