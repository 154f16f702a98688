import ReglamentDiagnostics

public struct PaymentMethod: Decodable, Sendable, SchemaDocumented {
    public let location: SourceLocation
    public let id: Identifier
    public let name: Located<String>
    /// Orders above this amount cannot be paid this way (cash on delivery).
    public let max: Located<Money>?
    public let note: Located<String>?
    /// The delivery methods this way of paying works with (cash to the courier only).
    public let with: [Identifier]?
    /// Who may pay this way: a bank transfer on an invoice is for companies.
    public let clients: Located<ClientKind>?

    public static let summary = "A way the client can pay, with its limits."
    public static let fieldSummaries = [
        "max": "The largest order this method accepts (delivery included), in the shop's currency.",
        "with": "Delivery methods this payment works with (e.g. cash only with [courier]); default: all.",
        "clients": "person or company: who may pay this way; default: both.",
    ]
}

/// Who places an order: a private person or a company (with an invoice).
public enum ClientKind: String, SchemaEnum {
    case person, company
}
