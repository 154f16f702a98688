import ReglamentModel
import ReglamentWording

/// The feasibility rule (`DeliveryRoute`, `PaymentLimits`) read from the
/// compiled script: what the runner offers and the handbook's tables show.
extension CompiledRegulation {
    public func route(of option: CompiledDeliveryOption) -> DeliveryRoute {
        let method = deliveryMethods.first { $0.id == option.method }
        guard option.kind == .pickup, let method, !method.points.isEmpty else {
            return DeliveryRoute(excludes: Set(option.excludes), points: nil)
        }
        let serving = method.points.filter { option.points.isEmpty || option.points.contains($0.id) }
        return DeliveryRoute(excludes: Set(option.excludes), points: serving.map { .init(id: $0.id, excludes: Set($0.excludes)) })
    }

    /// The zone's options that can take goods of every class in `classes`.
    public func feasibleOptions(in zone: CompiledZone, for classes: Set<String>) -> [CompiledDeliveryOption] {
        zone.options.filter { route(of: $0).takes(classes) }
    }

    /// What delivery by `option` costs for goods of `classes` worth `goods`:
    /// the highest class price that applies, else the option's; nothing from the free-delivery threshold on.
    public func deliveryPrice(_ option: CompiledDeliveryOption, for classes: Set<String>, goods: Money?) -> Money {
        if let free = option.freeFrom.flatMap(Money.init(decimal:)), let goods, goods >= free { return Money(minorUnits: 0) }
        return option.price(for: classes)
    }

    public func limits(of payment: CompiledPayment) -> PaymentLimits {
        PaymentLimits(max: payment.max.flatMap(Money.init(decimal:)), deliveryMethods: payment.with.map(Set.init), clients: payment.clients)
    }
}

extension CompiledRegulation {
    /// The terms of `options` as the operator says them, priced for goods of `classes`.
    public func terms(of options: [CompiledDeliveryOption], for classes: Set<String>) -> DeliveryTerms {
        ZoneTerms.terms(options, for: classes, currency: shop.currency)
    }
}

/// Money and days as the runner says them, in the shop's currency.
extension CompiledRegulation {
    /// "100 000 ₽".
    public func said(_ amount: Money) -> String { MoneyWording.amount(amount, currency: shop.currency) }
    /// A price as said: "бесплатно" for nothing.
    public func saidPrice(_ price: Money) -> String { MoneyWording.price(price, currency: shop.currency) }
    /// "100 000", for texts that name the currency themselves.
    public func amount(_ amount: Money) -> String { MoneyWording.amount(amount) }
    /// "1–2 дня".
    public func said(days: DayCount) -> String { DeliveryTerm.said(days) }
}

extension CompiledDeliveryOption {
    /// The option's price for goods of `classes`: the highest class price that applies, else its own.
    public func price(for classes: Set<String>) -> Money {
        classPrices.filter { classes.contains($0.productClass) }.compactMap { Money(decimal: $0.price) }.max()
            ?? Money(decimal: price) ?? Money(minorUnits: 0)
    }
}
