import ReglamentModel
import ReglamentWording

/// A zone's delivery options and the terms the operator quotes from them,
/// for all goods or for one product class (leaving out the options that
/// cannot take it). Computed once per zone: answers that name the zone are
/// filled from these by the runner, so the work grows with zones plus
/// answers, never with their product.
struct ZoneTerms {
    let options: [CompiledDeliveryOption]
    let currency: String

    init(_ zone: DeliveryZone, methods: [Identifier: DeliveryMethod], currency: String) {
        self.currency = currency
        options = zone.options.map { option in
            let method = methods[option.method]
            let excludes = Set((method?.excludes ?? []).map(\.text) + (option.excludes ?? []).map(\.text)).sorted()
            let points = option.points.map { $0.map(\.text) } ?? (method?.points ?? []).map(\.id.text)
            return CompiledDeliveryOption(
                method: option.method.text,
                methodName: method?.name.value ?? option.method.text,
                kind: method?.kind.value.rawValue ?? "courier",
                daysMin: option.days.value.fewest,
                daysMax: option.days.value.most,
                days: "\(option.days.value)",
                price: "\(option.price.value)",
                freeFrom: option.freeFrom.map { "\($0.value)" },
                excludes: excludes,
                points: points)
        }
        self.rawOptions = zone.options
    }

    private let rawOptions: [DeliveryOption]

    /// Whether some option cannot take `productClass`: then the class gets answers of its own.
    func restricts(_ productClass: String) -> Bool {
        options.contains { $0.excludes.contains(productClass) }
    }

    /// Terms for all goods, and for each class of `classes` some option cannot take.
    func compiled(classes: [ProductClass]) -> (terms: DeliveryTerms, byClass: [ClassTerms]) {
        let byClass = classes.map(\.id.text).filter(restricts).map { ClassTerms(productClass: $0, terms: terms(for: $0)) }
        return (terms(for: nil), byClass)
    }

    /// The terms of the options that can take `productClass` (all options when nil).
    func terms(for productClass: String?) -> DeliveryTerms {
        let usable = zip(options, rawOptions).filter { option, _ in
            productClass.map { !option.excludes.contains($0) } ?? true
        }
        guard !usable.isEmpty else {
            let none = "доставки нет"
            return DeliveryTerms(delivery: none, days: none, price: none, freeFrom: none)
        }
        let delivery = usable.map { option, raw in
            var text = "\(option.methodName) — \(DeliveryTerm.said(raw.days.value)), \(MoneyWording.amount(raw.price.value, currency: currency))"
            if let free = raw.freeFrom { text += ", бесплатно от \(MoneyWording.amount(free.value, currency: currency))" }
            return text
        }.joined(separator: "; ")
        let fewest = usable.map(\.1.days.value.fewest).min() ?? 0
        let most = usable.map(\.1.days.value.most).max() ?? 0
        let cheapest = usable.map(\.1.price.value).min() ?? Money(minorUnits: 0)
        let freeFrom = usable.compactMap(\.1.freeFrom?.value).min()
        return DeliveryTerms(
            delivery: delivery,
            days: DeliveryTerm.said(DayCount(fewest: fewest, most: most)),
            // Amounts alone, as the regulation's own text names the currency: "от {{zone.free_from}} ₽".
            price: MoneyWording.amount(cheapest),
            freeFrom: freeFrom.map(MoneyWording.amount) ?? "—")
    }
}
