import Foundation
import ReglamentCompile
import ReglamentModel
import ReglamentWording

/// Fields answered by picking from a list: by its number, its id, or its
/// words. Delivery offers the client's zone's options and refuses one that
/// cannot take a class of the items; payment refuses a method whose limit
/// is below the order's total.
public enum ChoiceChecks {
    /// Payment methods, contact channels and the regulation's own choices.
    public static func choice(_ input: String, among choices: [CompiledField.Choice]) -> Result<CompiledField.Choice, ActionRefusal> {
        let text = input.trimmingCharacters(in: .whitespaces).lowercased()
        if let number = Int(text), choices.indices.contains(number - 1) { return .success(choices[number - 1]) }
        if let match = choices.first(where: { $0.id.lowercased() == text || $0.label.lowercased() == text })
            ?? uniqueMatch(choices, text, label: \.label) {
            return .success(match)
        }
        let list = choices.enumerated().map { "\($0 + 1) — \($1.label)" }.joined(separator: ", ")
        return .failure(ActionRefusal("Выберите: \(list)"))
    }

    public static func payment(_ input: String, field: CompiledField, compiled: CompiledRegulation, total: String?) -> Result<String, ActionRefusal> {
        choice(input, among: field.choices).flatMap { picked in
            let method = compiled.payment.first { $0.id == picked.id }
            if let max = method?.max.flatMap(Money.init(decimal:)), let total = total.flatMap(Money.init(decimal:)), total > max {
                let currency = compiled.shop.currency
                return .failure(ActionRefusal(
                    "«\(picked.label)» — только до \(MoneyWording.amount(max, currency: currency)), а заказ на \(MoneyWording.amount(total, currency: currency))"))
            }
            return .success(picked.id)
        }
    }

    /// The zone's delivery options that can take every class of the items.
    public static func delivery(_ input: String, zone: CompiledZone?, itemClasses: Set<String>) -> Result<String, ActionRefusal> {
        guard let zone else { return .failure(ActionRefusal("Сначала нужен индекс клиента: от него зависят способы доставки")) }
        let options = zone.options
        let text = input.trimmingCharacters(in: .whitespaces).lowercased()
        let picked: CompiledDeliveryOption?
        if let number = Int(text) {
            picked = options.indices.contains(number - 1) ? options[number - 1] : nil
        } else {
            picked = options.first { $0.method.lowercased() == text || $0.methodName.lowercased() == text }
                ?? uniqueMatch(options, text, label: \.methodName)
        }
        guard let option = picked else {
            let list = options.enumerated().map { "\($0 + 1) — \($1.methodName)" }.joined(separator: ", ")
            return .failure(ActionRefusal("В зоне «\(zone.name)»: \(list)"))
        }
        let refused = itemClasses.intersection(option.excludes).sorted()
        if !refused.isEmpty {
            return .failure(ActionRefusal("«\(option.methodName)» не берёт товары класса \(refused.joined(separator: ", ")) — выберите другой способ"))
        }
        return .success(option.method)
    }

    /// A choice whose words contain all the typed text, when only one does.
    private static func uniqueMatch<Item>(_ items: [Item], _ text: String, label: (Item) -> String) -> Item? {
        guard text.count >= 3 else { return nil }
        let matches = items.filter { label($0).lowercased().contains(text) }
        return matches.count == 1 ? matches[0] : nil
    }
}
