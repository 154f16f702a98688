import Foundation
import ReglamentCompile
import ReglamentModel

/// Fields answered by picking from a list: by its number, its id, or its
/// words. Delivery and payment offer only what fits the order (the
/// feasibility rule of `CompiledRegulation+Feasibility`), numbered as the
/// prompt lists them, and a refusal says why an option does not fit.
public enum ChoiceChecks {
    /// Contact channels, client kinds and the regulation's own choices.
    public static func choice(_ input: String, among choices: [CompiledField.Choice]) -> Result<CompiledField.Choice, ActionRefusal> {
        let text = input.trimmingCharacters(in: .whitespaces).lowercased()
        if let number = Int(text), choices.indices.contains(number - 1) { return .success(choices[number - 1]) }
        if let match = choices.first(where: { $0.id.lowercased() == text || $0.label.lowercased() == text })
            ?? uniqueMatch(choices, text, label: \.label) {
            return .success(match)
        }
        return .failure(ActionRefusal("Выберите: \(numbered(choices.map(\.label)))"))
    }

    /// The payment methods that fit the order, numbered in the regulation's order.
    public static func payment(_ input: String, in session: CallSession) -> Result<String, ActionRefusal> {
        let compiled = session.compiled
        let feasible = session.order.feasiblePayments
        guard !feasible.isEmpty else {
            return .failure(ActionRefusal("Ни один способ оплаты не подходит для этого заказа: x — вопрос вне регламента, ! — передать владельцу"))
        }
        let text = input.trimmingCharacters(in: .whitespaces).lowercased()
        if let number = Int(text) {
            guard feasible.indices.contains(number - 1) else { return .failure(ActionRefusal("Выберите: \(numbered(feasible.map(\.name)))")) }
            return .success(feasible[number - 1].id)
        }
        guard let picked = compiled.payment.first(where: { $0.id.lowercased() == text || $0.name.lowercased() == text })
            ?? uniqueMatch(compiled.payment, text, label: \.name)
        else { return .failure(ActionRefusal("Выберите: \(numbered(feasible.map(\.name)))")) }
        if let refusal = session.order.paymentRefusal(picked) {
            return .failure(ActionRefusal("«\(picked.name)» не подходит: \(reason(refusal, compiled: compiled, session: session)). Доступно: \(numbered(feasible.map(\.name)))"))
        }
        return .success(picked.id)
    }

    private static func reason(_ refusal: PaymentLimits.Refusal, compiled: CompiledRegulation, session: CallSession) -> String {
        switch refusal {
        case .overLimit(let max):
            "только до \(compiled.said(max)), а заказ на \(session.order.total.map(compiled.said) ?? "большую сумму")"
        case .notWithDelivery(let method):
            "не с доставкой «\(compiled.deliveryMethods.first { $0.id == method }?.name ?? method)»"
        case .notForClient(let kind):
            kind == .company ? "только для компаний" : "только для частных лиц"
        }
    }

    /// One of the delivery choices the goods can use: each feasible option,
    /// a pickup option once per pickup point that takes the goods.
    public static func delivery(_ input: String, in session: CallSession) -> Result<String, ActionRefusal> {
        guard let zone = session.zone else { return .failure(ActionRefusal("Сначала нужен индекс клиента: от него зависят способы доставки")) }
        let choices = deliveryChoices(in: session)
        let text = input.trimmingCharacters(in: .whitespaces).lowercased()
        if let number = Int(text) {
            guard choices.indices.contains(number - 1) else { return .failure(ActionRefusal("В зоне «\(zone.name)»: \(numbered(choices.map(\.label)))")) }
            return .success(choices[number - 1].stored)
        }
        if let picked = choices.first(where: { $0.stored.lowercased() == text || $0.label.lowercased() == text })
            ?? uniqueMatch(choices, text, label: \.label) {
            return .success(picked.stored)
        }
        // A method the zone has but the goods cannot use: say why.
        if let option = zone.options.first(where: { $0.method.lowercased() == text || $0.methodName.lowercased().contains(text) && text.count >= 3 }),
           case .refuses(let classes) = session.compiled.route(of: option).admits(session.order.classes) {
            let names = classes.map { id in session.compiled.productClasses.first { $0.id == id }?.name ?? id }
            return .failure(ActionRefusal("«\(option.methodName)» не берёт: \(names.joined(separator: ", ")). Доступно: \(numbered(choices.map(\.label)))"))
        }
        return .failure(ActionRefusal("В зоне «\(zone.name)»: \(numbered(choices.map(\.label)))"))
    }

    /// What the delivery prompt lists, in order: the stored value and the words said.
    public static func deliveryChoices(in session: CallSession) -> [(stored: String, label: String)] {
        let compiled = session.compiled
        return session.order.feasibleDelivery.flatMap { option -> [(stored: String, label: String)] in
            guard case .takes(let points) = compiled.route(of: option).admits(session.order.classes), !points.isEmpty,
                  let method = compiled.deliveryMethods.first(where: { $0.id == option.method })
            else { return [(DeliveryChoice.encode(option, point: nil), option.methodName)] }
            return method.points.filter { points.contains($0.id) }.map { point in
                (DeliveryChoice.encode(option, point: point), "\(option.methodName): \(point.name), \(point.address)")
            }
        }
    }

    static func numbered(_ labels: [String]) -> String {
        labels.enumerated().map { "\($0 + 1) — \($1)" }.joined(separator: ", ")
    }

    /// A choice whose words contain all the typed text, when only one does.
    private static func uniqueMatch<Item>(_ items: [Item], _ text: String, label: (Item) -> String) -> Item? {
        guard text.count >= 3 else { return nil }
        let matches = items.filter { label($0).lowercased().contains(text) }
        return matches.count == 1 ? matches[0] : nil
    }
}
