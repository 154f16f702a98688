import ReglamentDiagnostics

/// A part of the geography, matched by postal index ranges and city names.
public struct DeliveryZone: Decodable, Sendable, SchemaDocumented {
    public let location: SourceLocation
    public let id: Identifier
    public let name: Located<String>
    /// The clients' time zone there: callback promises are given in it.
    public let timezone: Located<TimeZoneID>
    public let postal: [Located<PostalRange>]?
    public let cities: [Located<String>]?
    public let options: [DeliveryOption]

    public static let summary = "A delivery zone: which postal indexes and cities it covers and how goods get there."
    public static let fieldSummaries = [
        "timezone": "Clients' time zone in this zone; promises are given in it.",
        "postal": "Postal index ranges: '630000-633999' or one index.",
        "cities": "City names that match this zone.",
        "options": "Delivery options available in the zone.",
    ]
}

public struct DeliveryOption: Decodable, Sendable, SchemaDocumented {
    public let location: SourceLocation
    public let method: Identifier
    public let days: Located<DayCount>
    public let price: Located<Money>
    public let freeFrom: Located<Money>?
    public let excludes: [Identifier]?
    /// Pickup points of the method that serve this zone.
    public let points: [Identifier]?
    /// Prices that differ for goods of a class (a piano by transport costs more).
    public let classPrices: [ClassPrice]?

    enum CodingKeys: String, CodingKey {
        case location, method, days, price
        case freeFrom = "free_from"
        case excludes, points
        case classPrices = "class_prices"
    }

    public static let summary = "One delivery method in a zone, with its days and price."
    public static let fieldSummaries = [
        "days": "Days in transit: 2 or '7-14'.",
        "price": "Price in the shop's currency.",
        "free_from": "Order amount from which delivery is free.",
        "excludes": "Product classes this option cannot take in this zone.",
        "class_prices": "Prices for goods of a class: [{class: piano, price: 9000}]; the highest applies.",
    ]
}

/// The delivery price for orders holding goods of one class.
public struct ClassPrice: Decodable, Sendable, SchemaDocumented {
    public let location: SourceLocation
    public let productClass: Identifier
    public let price: Located<Money>

    enum CodingKeys: String, CodingKey {
        case location, price
        case productClass = "class"
    }

    public static let summary = "A delivery price for goods of one product class."
}
