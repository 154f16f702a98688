import ReglamentCheck
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
    /// Each option as the feasibility rule reads it.
    private let routes: [DeliveryRoute]

    init(_ zone: DeliveryZone, index: RegulationIndex, currency: String) {
        self.currency = currency
        let methods = index.deliveryMethods
        options = zone.options.map { option in
            let method = methods[option.method]
            let excludes = Set((method?.excludes ?? []).map(\.text) + (option.excludes ?? []).map(\.text)).sorted()
            let points = option.points.map { $0.map(\.text) } ?? (method?.points ?? []).map(\.id.text)
            return CompiledDeliveryOption(
                method: option.method.text,
                methodName: method?.name.value ?? option.method.text,
                kind: method?.kind.value ?? .courier,
                daysMin: option.days.value.fewest,
                daysMax: option.days.value.most,
                days: "\(option.days.value)",
                price: "\(option.price.value)",
                freeFrom: option.freeFrom.map { "\($0.value)" },
                excludes: excludes,
                points: points,
                classPrices: (option.classPrices ?? []).map { ClassPriceTerm(productClass: $0.productClass.text, price: "\($0.price.value)") })
        }
        routes = zone.options.map { DeliveryFeasibility.route($0, of: index) ?? DeliveryRoute(excludes: [], points: nil) }
    }

    /// Terms for all goods, and for each class of `classes` some option cannot take (or prices differently).
    func compiled(classes: [ProductClass]) -> (terms: DeliveryTerms, byClass: [ClassTerms]) {
        let all = Self.terms(options, currency: currency)
        let byClass = classes.map(\.id.text).compactMap { productClass -> ClassTerms? in
            let usable = zip(options, routes).filter { $0.1.takes([productClass]) }.map(\.0)
            let priced = options.contains { $0.classPrices.contains { $0.productClass == productClass } }
            guard usable.count < options.count || priced else { return nil }
            return ClassTerms(productClass: productClass, terms: Self.terms(usable, for: [productClass], currency: currency))
        }
        return (all, byClass)
    }

    /// The terms of `options` as said, with the prices for goods of `classes`
    /// ("Курьер — 1–2 дня, 350 ₽, бесплатно от 5 000 ₽; …"); the runner says
    /// the same for the options an order's goods can use.
    static func terms(_ options: [CompiledDeliveryOption], for classes: Set<String> = [], currency: String) -> DeliveryTerms {
        guard !options.isEmpty else {
            let none = "доставки нет"
            return DeliveryTerms(delivery: none, days: none, price: none, freeFrom: none)
        }
        let prices = options.map { $0.price(for: classes) }
        let delivery = zip(options, prices).map { option, price in
            var text = "\(option.methodName) — \(DeliveryTerm.said(DayCount(fewest: option.daysMin, most: option.daysMax))), \(MoneyWording.price(price, currency: currency))"
            if let free = option.freeFrom.flatMap(Money.init(decimal:)) { text += ", бесплатно от \(MoneyWording.amount(free, currency: currency))" }
            return text
        }.joined(separator: "; ")
        let fewest = options.map(\.daysMin).min() ?? 0
        let most = options.map(\.daysMax).max() ?? 0
        let freeFrom = options.compactMap { $0.freeFrom.flatMap(Money.init(decimal:)) }.min()
        return DeliveryTerms(
            delivery: delivery,
            days: DeliveryTerm.said(DayCount(fewest: fewest, most: most)),
            // Amounts alone, as the regulation's own text names the currency: "от {{zone.free_from}} ₽".
            price: MoneyWording.amount(prices.min() ?? Money(minorUnits: 0)),
            freeFrom: freeFrom.map(MoneyWording.amount) ?? "—")
    }
}
