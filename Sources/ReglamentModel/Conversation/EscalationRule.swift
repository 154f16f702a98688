import ReglamentDiagnostics

/// When the operator hands a call on, how, to whom, and what happens when
/// that person is outside their hours or does not answer.
public struct EscalationRule: Decodable, Sendable, SchemaDocumented {
    public let location: SourceLocation
    public let id: Identifier
    public let when: Located<EscalationTrigger>
    /// For `product_class`.
    public let productClass: Identifier?
    /// For `order_over`.
    public let amount: Located<Money>?
    public let action: Located<EscalationAction>
    public let to: Identifier?
    /// What the operator says to the contact before connecting the client.
    public let whisper: Located<String>?
    /// The escalation rule to follow when this one cannot be carried out.
    public let fallback: Identifier?
    /// What the operator promises the client, e.g. "{{contact.name}} will call you {{callback.client_time}}".
    public let promise: Located<String>?
    /// For `message`: the urgency the message always has, so the operator is not asked.
    public let urgency: Located<Urgency>?

    enum CodingKeys: String, CodingKey {
        case location, id, when
        case productClass = "class"
        case amount, action, to, whisper, fallback, promise, urgency
    }

    public static let summary = "An escalation rule: when → action → to whom → fallback."
    public static let fieldSummaries = [
        "when": "not_covered, product_class, order_over, conflict, return_beyond_law, owner_requested or any.",
        "class": "The product class, for 'product_class'.",
        "amount": "The order amount, for 'order_over'.",
        "action": "transfer (warm transfer), message (take a message, forward by e-mail) or notify.",
        "to": "The contact.",
        "whisper": "What the operator tells the contact before connecting the client.",
        "fallback": "The rule to follow when the contact is unavailable or does not answer.",
        "promise": "What the operator promises the client; may use {{callback.client_time}}.",
        "urgency": "For 'message': normal or high, fixed by the rule (the operator is not asked).",
    ]
}

/// How soon a message needs an answer.
public enum Urgency: String, SchemaEnum {
    case normal, high
}

public enum EscalationTrigger: String, SchemaEnum {
    case notCovered = "not_covered"
    case productClass = "product_class"
    case orderOver = "order_over"
    case conflict
    case returnBeyondLaw = "return_beyond_law"
    case ownerRequested = "owner_requested"
    case any
}

public enum EscalationAction: String, SchemaEnum {
    case transfer, message, notify
}
