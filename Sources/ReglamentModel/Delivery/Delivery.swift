import ReglamentDiagnostics

public struct Delivery: Decodable, Sendable, SchemaDocumented {
    public let location: SourceLocation
    public let methods: [DeliveryMethod]
    public let zones: [DeliveryZone]

    public static let summary = "Delivery methods and the zones of the geography they serve."
}

public struct DeliveryMethod: Decodable, Sendable, SchemaDocumented {
    public let location: SourceLocation
    public let id: Identifier
    public let name: Located<String>
    public let kind: Located<DeliveryKind>
    /// Product classes this method never takes (a piano does not go by post).
    public let excludes: [Identifier]?
    public let points: [PickupPoint]?

    public static let summary = "A way goods reach the client."
    public static let fieldSummaries = [
        "kind": "courier, pickup, post or transport (a transport company).",
        "excludes": "Product classes this method cannot take.",
        "points": "Pickup points, for kind 'pickup'.",
    ]
}

public enum DeliveryKind: String, SchemaEnum {
    case courier, pickup, post, transport
}

public struct PickupPoint: Decodable, Sendable, SchemaDocumented {
    public let location: SourceLocation
    public let id: Identifier
    public let name: Located<String>
    public let address: Located<String>
    public let excludes: [Identifier]?
    public let hours: WorkingHours?

    public static let summary = "A pickup point with its own exclusions."
    public static let fieldSummaries = ["excludes": "Product classes this point cannot take."]
}
