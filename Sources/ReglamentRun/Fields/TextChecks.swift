import Foundation
import ReglamentModel

/// Fields that are text, a number or a date: what each accepts and how it
/// is stored. None lets a line break into a one-line value (a name or an
/// address may end up in an e-mail header).
public enum TextChecks {
    public static func email(_ input: String) -> Result<String, ActionRefusal> {
        if let refusal = OneLineText.refusal(input) { return .failure(refusal) }
        let text = input.trimmingCharacters(in: .whitespaces)
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[0].count <= 64,
              !text.contains(where: { $0.isWhitespace || $0.isNewline || $0 == "<" || $0 == ">" || $0 == "," })
        else { return .failure(ActionRefusal("Адрес e-mail вида имя@домен.ru, без пробелов")) }
        let labels = parts[1].split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, labels.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" } }) else {
            return .failure(ActionRefusal("После @ нужен домен, например mail.ru"))
        }
        return .success("\(parts[0])@\(parts[1].lowercased())")
    }

    public static func address(_ input: String) -> Result<String, ActionRefusal> {
        if let refusal = OneLineText.refusal(input) { return .failure(refusal) }
        let text = input.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return text.count >= 5 ? .success(text) : .failure(ActionRefusal("Адрес: улица, дом и квартира или офис"))
    }

    public static func text(_ input: String) -> Result<String, ActionRefusal> {
        let text = input.trimmingCharacters(in: .whitespaces)
        if text.isEmpty { return .failure(ActionRefusal("Нужен ответ")) }
        if let refusal = OneLineText.multilineRefusal(text) { return .failure(refusal) }
        return .success(text)
    }

    /// "1 500", "1500,50", "1500.50 ₽", "1 500 руб." → "1500", "1500.50": read by
    /// the one money parser, so a sum too large for it is refused, not cut.
    public static func money(_ input: String) -> Result<String, ActionRefusal> {
        var text = input.lowercased().replacingOccurrences(of: "руб.", with: "").replacingOccurrences(of: "руб", with: "")
        text = text.replacingOccurrences(of: "₽", with: "").filter { !$0.isWhitespace }.replacingOccurrences(of: ",", with: ".")
        guard let money = try? Money(parsing: text) else {
            return .failure(ActionRefusal("Сумма в рублях, до копеек, до 999 999 999 999: 1500 или 1500,50"))
        }
        return .success(money.description)
    }

    /// "3", "3 шт", "3 шт." → "3".
    public static func quantity(_ input: String) -> Result<String, ActionRefusal> {
        let digits = input.lowercased().replacingOccurrences(of: "шт", with: "").filter { !$0.isWhitespace && $0 != "." }
        guard let number = Int(digits), number >= 1 else { return .failure(ActionRefusal("Количество — целое число от 1")) }
        return .success(String(number))
    }

    /// ДД.ММ.ГГГГ or ГГГГ-ММ-ДД → ГГГГ-ММ-ДД, real dates of 1900–2100 only (a longer year printed as four digits would be another date).
    public static func date(_ input: String) -> Result<String, ActionRefusal> {
        let text = input.trimmingCharacters(in: .whitespaces)
        let numbers: [Int]
        if text.contains(".") {
            numbers = text.split(separator: ".").compactMap { Int($0) }.reversed()
        } else {
            numbers = text.split(separator: "-").compactMap { Int($0) }
        }
        guard numbers.count == 3, (1900...2100).contains(numbers[0]), (1...12).contains(numbers[1]), numbers[2] >= 1,
              numbers[2] <= daysIn(month: numbers[1], year: numbers[0])
        else { return .failure(ActionRefusal("Дата: ДД.ММ.ГГГГ, например 25.12.2026")) }
        return .success(String(format: "%04d-%02d-%02d", numbers[0], numbers[1], numbers[2]))
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}
