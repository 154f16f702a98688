import Foundation
import ReglamentCompile

/// What the explorer types at a field: valid values made from the
/// regulation itself — an index from each zone's ranges, goods naming each
/// product class and none, every payment, delivery option and choice by
/// its number — so each value the runner can be given is given once.
///
/// The only place the explorer reads field types: when they become an
/// enum, this switch is the one to change.
struct ExplorationInputs: Sendable {
    let compiled: CompiledRegulation
    /// One index per zone that falls in that zone (and not an earlier one).
    let postalIndexes: [String]
    /// Goods naming one product class each, then goods naming none.
    let itemLists: [String]
    let date: String

    init(compiled: CompiledRegulation, clock: Date) {
        self.compiled = compiled
        postalIndexes = compiled.zones.compactMap { zone in Self.index(in: zone, compiled: compiled) }
        itemLists = compiled.productClasses.compactMap { Self.goods(naming: $0, compiled: compiled) } + [Self.goodsOfNoClass(compiled)].compactMap { $0 }
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
        switch field.validation {
        case "phone": values = ["8 913 555-12-34"]
        case "full_name": values = ["Иван Петров"]
        case "email": values = ["ivan.petrov@example.ru"]
        case "postal_index": values = postalIndexes
        case "address": values = ["ул. Ленина, д. 5, кв. 12"]
        case "items": values = itemLists
        case "payment": values = numbers(compiled.payment.count)
        case "delivery": values = numbers(session.zone?.options.count ?? 1)
        case "contact_channel", "choice": values = numbers(field.choices.count)
        case "money": values = amounts
        case "quantity": values = ["2"]
        case "date": values = [date]
        default: values = ["Позвоните, пожалуйста, после обеда"]
        }
        if !field.required { values.append("") }
        return values
    }

    /// Whether the field's value changes what the runner offers or refuses
    /// later (the zone, the goods' classes, the total, delivery and
    /// payment): such values are combined with each other; the others are
    /// each tried, and walked on with the first.
    func shapesTheCall(_ field: CompiledField) -> Bool {
        ["postal_index", "items", "delivery", "payment", "money"].contains(field.validation)
    }

    /// The message form's answers: one each, and both urgencies.
    func answers(for item: MessageItem) -> [String] {
        switch item {
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
    private var amounts: [String] {
        let limits = compiled.payment.compactMap { $0.max.flatMap(Double.init) }
        return ["1500"] + (limits.max().map { [String(Int($0) + 1000)] } ?? [])
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
        ["\(productClass.name) x1", "\(productClass.id) x1"].first { classes(of: $0, compiled) == [productClass.id] }
    }

    private static func goodsOfNoClass(_ compiled: CompiledRegulation) -> String? {
        ["Подарочный сертификат x1", "Открытка x1", "Товар по каталогу x1"].first { classes(of: $0, compiled) == [] }
    }

    private static func classes(of goods: String, _ compiled: CompiledRegulation) -> Set<String>? {
        guard case .success(let stored) = ItemList.normalize(goods, classes: compiled.productClasses) else { return nil }
        return ItemList.classes(in: stored)
    }
}
