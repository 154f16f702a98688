import ReglamentDiagnostics

/// A shop's call-center regulation, as written by its owner.
public struct Regulation: Decodable, Sendable, SchemaDocumented {
    public let location: SourceLocation
    /// Format version; this is version 1.
    public let reglament: Located<Int>
    public let include: [Located<String>]?
    public let shop: Shop
    public let callCenter: CallCenter?
    public let contacts: [Contact]
    public let payment: [PaymentMethod]
    public let productClasses: [ProductClass]?
    public let delivery: Delivery
    public let order: OrderForm
    public let faq: [FAQEntry]
    public let escalations: [EscalationRule]
    public let authority: OperatorAuthority?
    public let scripts: [Script]
    /// Template name → path, relative to the main file, overriding ours.
    public let templates: [String: Located<String>]?

    enum CodingKeys: String, CodingKey {
        case location, reglament, include, shop
        case callCenter = "call_center"
        case contacts, payment
        case productClasses = "product_classes"
        case delivery, order, faq, escalations, authority, scripts, templates
    }

    public static let formatVersion = 1

    public static let summary = "A Reglament call-center regulation (format version 1)."
    public static let fieldSummaries = [
        "reglament": "Format version of this file: 1.",
        "include": "Other files of this regulation, relative to this one.",
        "shop": "Shop facts and working hours.",
        "call_center": "The call center that answers the line: its time zone and hours (default: around the clock in the shop's zone).",
        "contacts": "People the operator may escalate to.",
        "payment": "Payment methods.",
        "product_classes": "Classes of goods with their own delivery limits or specialists.",
        "delivery": "Delivery methods and zones.",
        "order": "Order fields, consent and confirmation calls.",
        "faq": "Questions and answers.",
        "escalations": "Escalation rules.",
        "authority": "What operators may decide alone.",
        "scripts": "Conversation scripts.",
        "templates": "Your own templates: name → file.",
    ]
}
