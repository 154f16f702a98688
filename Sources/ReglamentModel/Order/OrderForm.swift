import ReglamentDiagnostics

/// What a complete order captures, the consent wording read before the
/// first personal field, and how confirmation calls are made.
public struct OrderForm: Decodable, Sendable, SchemaDocumented {
    public let location: SourceLocation
    public let fields: [OrderField]
    public let consent: Located<String>
    /// Read before a message to the owner records a name and a contact: the order's line promises an order.
    public let messageConsent: Located<String>?
    public let confirmation: ConfirmationRules?

    enum CodingKeys: String, CodingKey {
        case location, fields, consent
        case messageConsent = "message_consent"
        case confirmation
    }

    public static let summary = "The order form: fields, personal-data consent, confirmation calls."
    public static let fieldSummaries = [
        "fields": "Fields a complete order captures, in the order they are asked.",
        "consent": "The personal-data consent line read before the first personal field.",
        "message_consent": "The consent line read before a message to the owner records the client's name and contact (default: they are kept only to answer the client).",
        "confirmation": "Rules of outbound confirmation calls.",
    ]
}

public struct OrderField: Decodable, Sendable, SchemaDocumented {
    public let location: SourceLocation
    public let id: Identifier
    public let type: Located<FieldType>
    public let label: Located<String>
    public let prompt: Located<String>?
    /// Defaults to true: a complete order has every required field.
    public let required: Bool?
    /// Defaults by type (name, phone, e-mail, postal index and address are personal).
    public let personal: Bool?
    /// For `choice` fields: the words the operator offers.
    public let choices: [Located<String>]?

    public var isRequired: Bool { required ?? true }
    public var isPersonal: Bool { personal ?? type.value.isPersonalByDefault }

    public static let summary = "One field of the order."
    public static let fieldSummaries = [
        "type": "full_name, phone, email, postal_index, address, items, payment, delivery, contact_channel, client_kind, choice, money, quantity, text or date.",
        "prompt": "What the operator asks.",
        "required": "Whether a complete order needs it (default true).",
        "personal": "Personal data: consent is read before it (default by type).",
        "choices": "Options for a 'choice' field.",
    ]
}

public enum FieldType: String, SchemaEnum {
    case fullName = "full_name"
    case phone
    case email
    case postalIndex = "postal_index"
    case address
    case items
    case payment
    case delivery
    case contactChannel = "contact_channel"
    /// A private person or a company: some payments are for one of them only.
    case clientKind = "client_kind"
    case choice
    case money
    case quantity
    case text
    case date

    public var isPersonalByDefault: Bool {
        switch self {
        case .fullName, .phone, .email, .postalIndex, .address: true
        default: false
        }
    }
}

public struct ConfirmationRules: Decodable, Sendable, SchemaDocumented {
    public let location: SourceLocation
    /// The outbound script operators follow on a confirmation call.
    public let script: Identifier
    public let attempts: Located<Int>
    public let retryAfter: Located<TimeSpan>
    public let cancelAfterUnanswered: Located<Int>?
    public let callWithin: Located<TimeSpan>?
    /// Who may ask not to be called: anyone (default) or only repeat clients.
    public let noCall: Located<NoCallPolicy>?

    enum CodingKeys: String, CodingKey {
        case location, script, attempts
        case retryAfter = "retry_after"
        case cancelAfterUnanswered = "cancel_after_unanswered"
        case callWithin = "call_within"
        case noCall = "no_call"
    }

    public static let summary = "Confirmation calls for orders taken."
    public static let fieldSummaries = [
        "script": "The outbound script for the call.",
        "attempts": "How many times to call before giving up.",
        "retry_after": "Time between attempts: 30m, 2h.",
        "cancel_after_unanswered": "Cancel the order after this many unanswered calls.",
        "call_within": "How soon after the order the first call is made.",
        "no_call": "anyone (default) or repeat_clients: who may be confirmed by SMS or e-mail instead of a call.",
    ]
}

/// Whose order may be confirmed by a text instead of a call.
public enum NoCallPolicy: String, SchemaEnum {
    /// Every client who asked not to be called.
    case anyone
    /// Only clients with an earlier order of the shop under the same phone.
    case repeatClients = "repeat_clients"
}
