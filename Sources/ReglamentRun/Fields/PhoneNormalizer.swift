import Foundation

/// Phone numbers as people dictate them, stored in E.164: Russian numbers
/// in any common writing (`8 912 345-67-89`, `+7 (912) 345 67 89`,
/// `9123456789`) become `+79123456789`; international numbers written with
/// `+`, Russia's old `8 10` or `00` keep their country code
/// (`+44 20 7946 0958` → `+442079460958`).
///
/// Matches Python's `phonenumbers` (region RU, "possible number") on the
/// test corpus, with two deliberate differences: `00` is read as the
/// international prefix (mobile phones dial it; `phonenumbers` knows only
/// `8 10` for Russia), and an international number's length is checked
/// against E.164's 8–15 digits rather than each country's own plan, so a
/// number the operator heard is kept and the owner can judge it.
public enum PhoneNormalizer {
    public static func normalize(_ input: String) -> Result<String, ActionRefusal> {
        let text = input.trimmingCharacters(in: .whitespaces)
        if text.isEmpty { return .failure(ActionRefusal("Назовите номер телефона")) }
        if text.contains(where: \.isLetter) {
            return .failure(ActionRefusal("В номере только цифры; добавочный или пометку запишите заметкой (n)"))
        }
        if let bad = text.first(where: { !($0.isASCIIDigit || " -.()+".contains($0)) }) {
            // «٣» or «３» is a digit too, but not one the number is stored in: dropping it would store another number.
            return .failure(ActionRefusal(bad.isNumber ? "Цифры номера — только 0–9, а не «\(bad)»" : "Лишний знак в номере: «\(bad)»"))
        }
        var digits = text.filter(\.isASCIIDigit)
        var international = text.hasPrefix("+")
        if text.dropFirst(international ? 1 : 0).contains("+") {
            return .failure(ActionRefusal("Знак + бывает только в начале номера"))
        }
        if !international, digits.hasPrefix("00") {
            international = true
            digits.removeFirst(2)
        } else if !international, digits.hasPrefix("810"), digits.count > 11 {
            international = true
            digits.removeFirst(3)
        }
        if international {
            if digits.hasPrefix("7") {
                return digits.count == 11 ? .success("+" + digits) : .failure(lengthRefusal(digits.count - 1))
            }
            guard (8...15).contains(digits.count), digits.first != "0" else {
                return .failure(ActionRefusal("Международный номер: код страны и номер, всего от 8 до 15 цифр (сейчас \(digits.count))"))
            }
            return .success("+" + digits)
        }
        switch digits.count {
        case 11 where digits.hasPrefix("8") || digits.hasPrefix("7"):
            return .success("+7" + digits.dropFirst())
        case 10:
            return .success("+7" + digits)
        default:
            return .failure(lengthRefusal(digits.hasPrefix("8") || digits.hasPrefix("7") ? digits.count - 1 : digits.count))
        }
    }

    private static func lengthRefusal(_ count: Int) -> ActionRefusal {
        ActionRefusal("В номере \(count) цифр после +7 или 8, а нужно 10")
    }
}

extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
