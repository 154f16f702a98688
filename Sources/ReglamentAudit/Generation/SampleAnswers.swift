import Foundation
import ReglamentCompile
import ReglamentRun

/// What generated clients answer, by field type: plausible Russian names,
/// phones, addresses and goods (all invented), sometimes with the slips
/// operators meet (a five-digit index), so refusals appear in the log too.
struct SampleAnswers {
    static let names = ["Иван Петров", "Анна Смирнова", "Олег Кузнецов", "Мария Волкова", "Сергей Морозов", "Елена Соколова", "Дмитрий Попов", "Ольга Лебедева"]
    static let streets = ["ул. Ленина", "пр. Мира", "ул. Советская", "ул. Гагарина", "Садовая ул.", "ул. Пушкина"]
    static let goods = ["Свеча «Лаванда»", "Кружка", "Плед льняной", "Чай травяной", "Скатерть", "Ваза", "Подушка"]

    /// Off-script questions, several wordings of each: the gaps the audit should group.
    static let offScript: [[String]] = [
        ["Можно ли забрать заказ самовывозом из мастерской?", "Клиент спрашивает про самовывоз из мастерской", "Есть ли самовывоз из мастерской?"],
        ["Доставляете ли в Казахстан?", "Спрашивает про доставку в Казахстан", "Возможна доставка в Казахстан?"],
        ["Нужен счёт для оплаты от юрлица", "Просит выставить счёт на юрлицо", "Оплата по счёту от юрлица возможна?"],
        ["Работаете ли 31 декабря?", "Спрашивает, работаете ли 31 декабря"],
        ["Хочет вернуть товар через месяц после покупки", "Можно вернуть товар через месяц?"],
    ]

    let compiled: CompiledRegulation

    /// The answer for `field`; `attempt` counts refusals so far, and picks another value after one.
    func answer(for field: CompiledField, attempt: Int, random: inout SeededRandom) -> String {
        switch field.type {
        case .phone: attempt == 0 && random.chance(0.05) ? "8 913 55" : phone(&random)
        case .fullName: random.pick(Self.names)
        case .email: "client\(Int.random(in: 100...999, using: &random))@example.ru"
        case .postalIndex: attempt == 0 && random.chance(0.05) ? "63009" : postalIndex(&random)
        case .address: "\(random.pick(Self.streets)), д. \(Int.random(in: 1...120, using: &random)), кв. \(Int.random(in: 1...300, using: &random))"
        case .items: items(&random)
        case .payment, .delivery, .contactChannel, .choice, .clientKind:
            // Numbers pick a choice; after a refusal the next one is tried.
            String((attempt + (attempt == 0 ? Int.random(in: 0...1, using: &random) : 0)) % max(choiceCount(field), 1) + 1)
        case .money: String(Int.random(in: 5...300, using: &random) * 100)
        case .quantity: String(Int.random(in: 1...5, using: &random))
        case .date: "2026-12-\(String(format: "%02d", Int.random(in: 1...28, using: &random)))"
        case .text: "Подарок, упаковать отдельно"
        }
    }

    func message(_ item: MessageItem, random: inout SeededRandom) -> String {
        switch item {
        case .clientName: random.pick(Self.names)
        case .contact: random.chance(0.3) ? "\(phone(&random)), только SMS" : phone(&random)
        case .question: random.pick(random.pick(Self.offScript))
        case .urgency: random.chance(0.2) ? "2" : "1"
        case .consent: random.chance(0.9) ? "1" : "2"
        }
    }

    private func phone(_ random: inout SeededRandom) -> String {
        "8 9\(Int.random(in: 10...99, using: &random)) \(Int.random(in: 100...999, using: &random))-\(Int.random(in: 10...99, using: &random))-\(Int.random(in: 10...99, using: &random))"
    }

    private func postalIndex(_ random: inout SeededRandom) -> String {
        let ranges = compiled.zones.flatMap(\.postal).compactMap { text -> ClosedRange<Int>? in
            let ends = text.split(separator: "-").compactMap { Int($0) }
            return ends.count == 2 && ends[0] <= ends[1] ? ends[0]...ends[1] : nil
        }
        guard !ranges.isEmpty else { return "101000" }
        return String(Int.random(in: random.pick(ranges), using: &random))
    }

    private func items(_ random: inout SeededRandom) -> String {
        var goods = (0..<Int.random(in: 1...3, using: &random)).map { _ in random.pick(Self.goods) }
        // Now and then goods of a class with its own rules (fragile, oversize…).
        if let productClass = compiled.productClasses.randomElement(using: &random), random.chance(0.2) { goods.append(productClass.name) }
        return goods.map { "\($0) x\(Int.random(in: 1...3, using: &random)) по \(Int.random(in: 3...90, using: &random) * 100)" }.joined(separator: ", ")
    }

    private func choiceCount(_ field: CompiledField) -> Int {
        switch field.type {
        case .payment: compiled.payment.count
        case .delivery: compiled.zones.map(\.options.count).max() ?? 1
        default: field.choices.count
        }
    }
}
