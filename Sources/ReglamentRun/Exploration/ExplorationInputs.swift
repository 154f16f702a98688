import Foundation
import ReglamentCompile
import ReglamentModel

/// What the explorer types at a field: valid values made from the
/// regulation itself — an index from each zone's ranges, goods naming each
/// product class and none, every payment, delivery option and choice by
/// its number — so each value the runner can be given is given once.
struct ExplorationInputs: Sendable {
    let compiled: CompiledRegulation
    /// One index per zone that falls in that zone (and not an earlier one).
    let postalIndexes: [String]
    /// Goods naming one product class each, then goods naming none, each at a
    /// small price and at one above the highest payment limit and order amount.
    let itemLists: [String]
    let date: String

    init(compiled: CompiledRegulation, clock: Date) {
        self.compiled = compiled
        postalIndexes = compiled.zones.compactMap { zone in Self.index(in: zone, compiled: compiled) }
        let goods = compiled.productClasses.compactMap { Self.goods(naming: $0, compiled: compiled) } + [Self.goodsOfNoClass(compiled)].compactMap { $0 }
        let prices = Self.prices(compiled)
        itemLists = goods.flatMap { name in prices.map { "\(name) x1 по \($0)" } }
        // A week after the call, in the shop's time: a delivery date the client can mean.
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: compiled.shop.timezone) ?? .gmt
        let day = calendar.dateComponents([.year, .month, .day], from: clock.addingTimeInterval(7 * 24 * 3600))
        date = String(format: "%02d.%02d.%04d", day.day ?? 1, day.month ?? 1, day.year ?? 2000)
    }

    /// The values to try at `field`, the one a straight walk takes first;
    /// an optional field may also be skipped (an empty line).
    func values(for field: CompiledField, in session: CallSession) -> [String] {
        var values: [String]
        switch field.type {
        case .phone: values = ["8 913 555-12-34"]
        case .fullName: values = ["Иван Петров"]
        case .email: values = ["ivan.petrov@example.ru"]
        case .postalIndex: values = postalIndexes
        case .address: values = ["ул. Ленина, д. 5, кв. 12"]
        case .items: values = itemLists
        // The choices the runner lists for this order, by number: what fits it.
        case .payment: values = numbers(session.order.feasiblePayments.count)
        case .delivery: values = numbers(ChoiceChecks.deliveryChoices(in: session).count)
        case .contactChannel, .choice, .clientKind: values = numbers(field.choices.count)
        case .money: values = amounts
        case .quantity: values = ["2"]
        case .date: values = [date]
        case .text: values = ["Позвоните, пожалуйста, после обеда"]
        }
        if !field.required { values.append("") }
        return values
    }

    /// Whether the field's value changes what the runner offers or refuses
    /// later (the zone, the goods' classes, the total, delivery and
    /// payment): such values are combined with each other; the others are
    /// each tried, and walked on with the first.
    func shapesTheCall(_ field: CompiledField) -> Bool {
        switch field.type {
        case .postalIndex, .items, .delivery, .payment, .money, .clientKind: true
        case .fullName, .phone, .email, .address, .contactChannel, .choice, .quantity, .text, .date: false
        }
    }

    /// The message form's answers: one each, and both urgencies.
    func answers(for item: MessageItem) -> [String] {
        switch item {
        case .consent: ["1", "2"]
        case .clientName: ["Анна Смирнова"]
        case .contact: ["+7 913 000-11-22, только SMS"]
        case .question: ["Можно ли забрать заказ в субботу?"]
        case .urgency: ["1", "2"]
        }
    }

    private func numbers(_ count: Int) -> [String] {
        (1...max(count, 1)).map(String.init)
    }

    /// A small total, and one above the highest payment limit (which some methods then refuse).
    private var amounts: [String] { Self.prices(compiled) }

    /// A small price, and one above every payment limit and every `order_over` amount.
    private static func prices(_ compiled: CompiledRegulation) -> [String] {
        let limits = compiled.payment.compactMap { $0.max.flatMap(Money.init(decimal:)) }
            + compiled.escalations.compactMap { $0.amount.flatMap(Money.init(decimal:)) }
        return ["1500"] + (limits.max().map { [String($0.minorUnits / 100 + 1000)] } ?? [])
    }

    /// The ways to answer "which classes is this item?": the one found (Enter), each of several found, and none.
    /// The goods name every class in turn, so every class is reached without trying each number on each item.
    func classifications(_ question: (item: OrderItem, guessed: [String])) -> [String] {
        let numbers = question.guessed.compactMap { id in compiled.productClasses.firstIndex { $0.id == id }.map { String($0 + 1) } }
        // Goods whose words match no class may still be of one: then each class is tried.
        let tried = question.guessed.isEmpty && !question.item.name.hasPrefix(Self.noClassGoods)
            ? compiled.productClasses.indices.map { String($0 + 1) } : numbers
        return (numbers.count == 1 ? [""] : tried) + ["0"]
    }

    /// Skipping the city (the shop's time), or naming the first zone's.
    var zoneAnswers: [String] {
        [""] + (compiled.zones.first.map { [$0.cities.first ?? $0.name] } ?? [])
    }

    private static func index(in zone: CompiledZone, compiled: CompiledRegulation) -> String? {
        let candidates = zone.postal.flatMap { range -> [Int] in
            let ends = range.split(separator: "-").compactMap { Int($0) }
            guard ends.count == 2, ends[0] <= ends[1] else { return [] }
            return [ends[0], (ends[0] + ends[1]) / 2, ends[1]]
        }
        return candidates.map { String(format: "%06d", $0) }.first { PostalZones.zone(for: $0, in: compiled)?.id == zone.id }
    }

    /// The class's name as goods ("Керамика и стекло x1"), as long as the runner reads exactly that class in it.
    private static func goods(naming productClass: CompiledProductClass, compiled: CompiledRegulation) -> String? {
        // The name, else a keyword (a stem reads as itself): what the runner then finds is exactly this class.
        ([productClass.name, productClass.id] + productClass.keywords.map { "Товар «\($0)»" })
            .first { ItemList.guessClasses($0, among: compiled.productClasses) == [productClass.id] }
            ?? productClass.name
    }

    /// How the goods of no class begin: no class is tried on them.
    static let noClassGoods = "Подарочный"

    private static func goodsOfNoClass(_ compiled: CompiledRegulation) -> String? {
        ["сертификат", "открытка", "по каталогу"].map { "\(noClassGoods) \($0)" }
            .first { ItemList.guessClasses($0, among: compiled.productClasses).isEmpty }
    }
}
