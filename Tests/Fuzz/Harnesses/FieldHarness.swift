import ReglamentModel
import ReglamentRun

/// What an operator types into an order or message field: refused with a
/// reason, or stored as a value that the same check keeps as it is, on one
/// line where the field is one line, and with nothing of the input lost.
enum FieldHarness {
    static func run(_ input: [UInt8]) {
        let text = String(decoding: input, as: UTF8.self)
        for (field, normalize) in oneLineFields {
            guard case .success(let stored) = normalize(text) else { continue }
            FuzzExpectation.expect(isOneLine(stored), "\(field) «\(stored)» is one line")
            FuzzExpectation.expect(normalize(stored) == .success(stored), "\(field) «\(stored)» is stored as it is when checked again")
        }
        if case .success(let phone) = PhoneNormalizer.normalize(text) {
            FuzzExpectation.expect(!text.contains { $0.isNumber && !("0"..."9").contains($0) }, "every digit of «\(text)» is read into \(phone)")
        }
        if case .success(let money) = TextChecks.money(text) {
            FuzzExpectation.expect((try? Money(parsing: money)) != nil, "the sum \(money) is money")
        }
        if case .success(let stored) = ItemList.normalize(text) {
            let items = ItemList.items(in: stored)
            FuzzExpectation.expect(!items.isEmpty && items.allSatisfy { $0.quantity >= 1 && $0.price != nil }, "each item of «\(stored)» has a quantity and a price")
            FuzzExpectation.expect(stored.split(separator: "\n").allSatisfy { isOneLine(String($0)) }, "each stored item is one line")
            FuzzExpectation.expect(ItemList.stored(items) == stored, "items «\(stored)» read back as they were stored")
        }
        if case .success(let multiline) = TextChecks.text(text) {
            FuzzExpectation.expect(TextChecks.text(multiline) == .success(multiline), "a text is stored as it is when checked again")
        }
    }

    private static let oneLineFields: [(String, @Sendable (String) -> Result<String, ActionRefusal>)] = [
        ("phone", PhoneNormalizer.normalize),
        ("name", PersonNameCheck.normalize),
        ("e-mail", TextChecks.email),
        ("address", TextChecks.address),
        ("money", TextChecks.money),
        ("quantity", TextChecks.quantity),
        ("date", TextChecks.date),
    ]

    /// No line break of any kind and no control character: the value may end up in a mail header.
    private static func isOneLine(_ value: String) -> Bool {
        !value.unicodeScalars.contains { $0.properties.generalCategory == .control || $0 == "\u{2028}" || $0 == "\u{2029}" }
    }
}
