import ReglamentModel

public struct CompiledDeliveryMethod: Codable, Sendable, Equatable {
    public var id: String
    public var name: String
    public var kind: DeliveryKind
    /// Product classes this method cannot take anywhere.
    public var excludes: [String]
    public var points: [CompiledPickupPoint]
}

public struct CompiledPickupPoint: Codable, Sendable, Equatable {
    public var id: String
    public var name: String
    public var address: String
    public var excludes: [String]
    public var hours: String?
}

public struct CompiledZone: Codable, Sendable, Equatable {
    public var id: String
    public var name: String
    /// The clients' time zone in this zone: promises are said in it.
    public var timezone: String
    /// Postal index ranges, "630000-633999"; a single index is "630000-630000".
    public var postal: [String]
    public var cities: [String]
    public var options: [CompiledDeliveryOption]
    /// The terms the operator quotes for all goods, precomputed.
    public var terms: DeliveryTerms
    /// For each product class some option here cannot take: the terms
    /// without those options.
    public var termsByClass: [ClassTerms]

    /// The `zone.*` variables of this zone, for goods of `productClass`
    /// (all goods when nil): the values `{{zone.*}}` slots take.
    public func variables(for productClass: String? = nil) -> [String: String] {
        let chosen = productClass.flatMap { wanted in termsByClass.first { $0.productClass == wanted }?.terms } ?? terms
        return [
            "zone.name": name, "zone.delivery": chosen.delivery, "zone.days": chosen.days,
            "zone.price": chosen.price, "zone.free_from": chosen.freeFrom,
        ]
    }
}

/// A zone's delivery terms as said: `delivery` is the whole phrase
/// ("Курьер — 1–2 дня, 350 ₽, бесплатно от 5 000 ₽; …"), the rest are its
/// span of days, cheapest price and lowest free-delivery threshold.
public struct DeliveryTerms: Codable, Sendable, Equatable {
    public var delivery: String
    public var days: String
    public var price: String
    public var freeFrom: String
}

public struct ClassTerms: Codable, Sendable, Equatable {
    public var productClass: String
    public var terms: DeliveryTerms
}

/// One way to deliver to a zone, with everything the operator quotes.
public struct CompiledDeliveryOption: Codable, Sendable, Equatable {
    public var method: String
    public var methodName: String
    public var kind: DeliveryKind
    public var daysMin: Int
    public var daysMax: Int
    /// As said: "2–4".
    public var days: String
    public var price: String
    public var freeFrom: String?
    /// Product classes this option cannot take: the method's and the option's own
    /// (a pickup point's own exclusions are on the point).
    public var excludes: [String]
    /// Pickup points of this option (all of the method's when the option names none).
    public var points: [String]
    /// Prices for orders with goods of a class, as decimals; the highest applies.
    public var classPrices: [ClassPriceTerm]
}

public struct ClassPriceTerm: Codable, Sendable, Equatable {
    public var productClass: String
    public var price: String
}
