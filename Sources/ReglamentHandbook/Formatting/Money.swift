import Foundation

/// Money as an operator reads it: "15 000 ₽", "1 500,50 ₽".
enum Money {
    /// Formats a decimal written in the regulation ("15000", "1500.50") in
    /// the shop's currency: groups of three digits, a decimal comma, and ₽
    /// for RUB (other currencies keep their code). A value that is not a
    /// plain decimal is shown as written, with the currency after it.
    static func format(_ amount: String, currency: String) -> String {
        let sign = currency == "RUB" ? "₽" : currency
        let parts = amount.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), let whole = parts.first, !whole.isEmpty,
              parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) })
        else { return "\(amount)\u{00A0}\(sign)" }
        var grouped = ""
        for (offset, digit) in whole.enumerated() {
            if offset > 0, (whole.count - offset) % 3 == 0 { grouped.append("\u{00A0}") }
            grouped.append(digit)
        }
        if parts.count == 2, parts[1].contains(where: { $0 != "0" }) {
            let cents = parts[1].count == 1 ? parts[1] + "0" : parts[1]
            grouped += "," + cents
        }
        return "\(grouped)\u{00A0}\(sign)"
    }

    /// "10%" or "10" → "10 %"; "2.5" → "2,5 %".
    static func percent(_ value: String) -> String {
        let number = value.hasSuffix("%") ? String(value.dropLast()) : value
        return number.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ".", with: ",") + "\u{00A0}%"
    }

    static func isZero(_ amount: String) -> Bool {
        amount.allSatisfy { $0 == "0" || $0 == "." } && !amount.isEmpty
    }
}

extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
