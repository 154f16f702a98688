import ReglamentModel

/// A zone's delivery terms as the operator quotes them, and the zone
/// variables (`zone.delivery`, `zone.days`...) they fill, for all goods or
/// for one product class (leaving out the options that cannot take it).
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

    /// The zone variables for the options that can take `productClass` (all options when nil).
    func variables(zoneName: String, for productClass: String? = nil) -> [String: String] {
        let usable = zip(options, rawOptions).filter { option, _ in
            productClass.map { !option.excludes.contains($0) } ?? true
        }
        guard !usable.isEmpty else {
            let none = "доставки нет"
            return ["zone.name": zoneName, "zone.delivery": none, "zone.days": none, "zone.price": none, "zone.free_from": none]
        }
        let delivery = usable.map { option, raw in
            var text = "\(option.methodName) — \(RussianText.days(raw.days.value)), \(RussianText.money(raw.price.value, currency: currency))"
            if let free = raw.freeFrom { text += ", бесплатно от \(RussianText.money(free.value, currency: currency))" }
            return text
        }.joined(separator: "; ")
        let fewest = usable.map(\.1.days.value.fewest).min() ?? 0
        let most = usable.map(\.1.days.value.most).max() ?? 0
        let cheapest = usable.map(\.1.price.value).min() ?? Money(minorUnits: 0)
        let freeFrom = usable.compactMap(\.1.freeFrom?.value).min()
        return [
            "zone.name": zoneName,
            "zone.delivery": delivery,
            "zone.days": RussianText.days(DayCount(fewest: fewest, most: most)),
            // Amounts alone, as the regulation's own text names the currency: "от {{zone.free_from}} ₽".
            "zone.price": RussianText.amount(cheapest),
            "zone.free_from": freeFrom.map(RussianText.amount) ?? "—",
        ]
    }
}
