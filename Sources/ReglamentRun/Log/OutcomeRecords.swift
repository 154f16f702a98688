import Foundation

/// An order captured in full, written with the call's `order` outcome.
public struct OrderRecord: Codable, Sendable, Equatable {
    public var shop: String
    public var reference: String
    /// Order field id → stored (normalised) value.
    public var fields: [String: String]
    /// Items field id → each item's product classes, as the operator confirmed them.
    public var itemClasses: [String: [[String]]]
    public var createdAt: Date
    public var status: OrderStatus

    public init(
        shop: String, reference: String, fields: [String: String], itemClasses: [String: [[String]]] = [:], createdAt: Date,
        status: OrderStatus = .new
    ) {
        self.shop = shop
        self.reference = reference
        self.fields = fields
        self.itemClasses = itemClasses
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
    public var result: ConfirmationResult

    public init(shop: String, orderReference: String, callReference: String?, at: Date, result: ConfirmationResult) {
        self.shop = shop
        self.orderReference = orderReference
        self.callReference = callReference
        self.at = at
        self.result = result
    }
}

/// A `notify` rule that fired during a call: its contact is told by mail,
/// queued with the call's outcome.
public struct NotificationRecord: Codable, Sendable, Equatable {
    public var shop: String
    public var reference: String
    /// The order the call took or confirmed.
    public var orderReference: String
    public var rule: String
    public var recipient: String
    public var contactName: String
    /// Why it fired, in words ("Заказ на 45 000 ₽ — больше 30 000 ₽").
    public var reason: String
    public var createdAt: Date

    public init(
        shop: String, reference: String, orderReference: String, rule: String, recipient: String, contactName: String,
        reason: String, createdAt: Date
    ) {
        self.shop = shop
        self.reference = reference
        self.orderReference = orderReference
        self.rule = rule
        self.recipient = recipient
        self.contactName = contactName
        self.reason = reason
        self.createdAt = createdAt
    }
}
