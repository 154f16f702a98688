import ReglamentDiagnostics

/// What an operator may decide without the owner.
public struct OperatorAuthority: Decodable, Sendable, SchemaDocumented {
    public let location: SourceLocation
    public let compensationMax: Located<Money>?
    public let discountMax: Located<Percent>?
    public let may: [Located<String>]?
    public let mayNot: [Located<String>]?

    enum CodingKeys: String, CodingKey {
        case location
        case compensationMax = "compensation_max"
        case discountMax = "discount_max"
        case may
        case mayNot = "may_not"
    }

    public static let summary = "Limits of what an operator may decide alone."
    public static let fieldSummaries = [
        "compensation_max": "The largest compensation an operator may promise.",
        "discount_max": "The largest discount an operator may give, e.g. '5%'.",
        "may": "Other decisions the operator may take alone.",
        "may_not": "Decisions the operator must never take.",
    ]
}
