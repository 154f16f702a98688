import Foundation

/// A call as the log knows it: who, when, on which regulation, how it ended.
public struct CallRecord: Codable, Sendable, Equatable {
    public var shop: String
    /// Short and readable over the phone, unique per shop: `UY-1122-007`.
    public var reference: String
    /// The compiled regulation's version (SHA-256 of its sources).
    public var version: String
    public var script: String
    public var operatorName: String
    /// inbound or outbound.
    public var direction: String
    public var startedAt: Date
    public var endedAt: Date?
    /// order, message, transfer or closed; nil while the call is open.
    public var outcome: String?
    /// For an outbound confirmation call: the reference of the order's call.
    public var orderReference: String?

    public init(
        shop: String, reference: String, version: String, script: String, operatorName: String, direction: String,
        startedAt: Date, endedAt: Date? = nil, outcome: String? = nil, orderReference: String? = nil
    ) {
        self.shop = shop
        self.reference = reference
        self.version = version
        self.script = script
        self.operatorName = operatorName
        self.direction = direction
        self.startedAt = startedAt
        self.endedAt = endedAt
        self.outcome = outcome
        self.orderReference = orderReference
    }
}
