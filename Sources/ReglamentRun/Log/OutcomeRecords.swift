import Foundation

/// An order captured in full, written with the call's `order` outcome.
public struct OrderRecord: Codable, Sendable, Equatable {
    public var shop: String
    public var reference: String
    /// Order field id → stored (normalised) value.
    public var fields: [String: String]
    public var createdAt: Date
    /// new, confirmed, changed or cancelled.
    public var status: String

    public init(shop: String, reference: String, fields: [String: String], createdAt: Date, status: String = "new") {
        self.shop = shop
        self.reference = reference
        self.fields = fields
        self.createdAt = createdAt
        self.status = status
    }
}

/// A message for the owner (or a contact), written in the same transaction
/// as the call's outcome; its email goes through the outbox (`OutboxMail`).
public struct MessageRecord: Codable, Sendable, Equatable {
    public var shop: String
    /// The call's reference; a call forwards at most one message.
    public var reference: String
    /// The escalation rule and contact it goes to.
    public var rule: String?
    public var recipient: String
    /// What the mail says: client's name, channel, question, urgency, promise… by name.
    public var content: [String: String]
    public var createdAt: Date

    public init(shop: String, reference: String, rule: String?, recipient: String, content: [String: String], createdAt: Date) {
        self.shop = shop
        self.reference = reference
        self.rule = rule
        self.recipient = recipient
        self.content = content
        self.createdAt = createdAt
    }
}

/// One attempt to reach a client to confirm an order.
public struct ConfirmationAttempt: Codable, Sendable, Equatable {
    public var shop: String
    public var orderReference: String
    /// The outbound call's reference, when it was answered.
    public var callReference: String?
    public var at: Date
    /// confirmed, changed, no_answer or cancelled.
    public var result: String

    public init(shop: String, orderReference: String, callReference: String?, at: Date, result: String) {
        self.shop = shop
        self.orderReference = orderReference
        self.callReference = callReference
        self.at = at
        self.result = result
    }
}
