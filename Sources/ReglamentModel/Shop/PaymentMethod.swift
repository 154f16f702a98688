import ReglamentDiagnostics

public struct PaymentMethod: Decodable, Sendable, SchemaDocumented {
    public let location: SourceLocation
    public let id: Identifier
    public let name: Located<String>
    /// Orders above this amount cannot be paid this way (cash on delivery).
    public let max: Located<Money>?
    public let note: Located<String>?

    public static let summary = "A way the client can pay, with its limit."
    public static let fieldSummaries = ["max": "The largest order this method accepts, in the shop's currency."]
}
