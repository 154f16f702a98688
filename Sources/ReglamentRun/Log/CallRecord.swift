import Foundation
import ReglamentModel

/// A call as the log knows it: who, when, on which regulation, how it ended.
public struct CallRecord: Codable, Sendable, Equatable {
    public var shop: String
    /// Short and readable over the phone, unique per shop: `UY-1122-007`.
    public var reference: String
    /// The compiled regulation's version (SHA-256 of its sources).
    public var version: String
    public var script: String
    public var operatorName: String
    public var direction: CallDirection
    public var startedAt: Date
    public var endedAt: Date?
    /// Nil while the call is open.
    public var outcome: Outcome?
    /// For an outbound confirmation call: the reference of the order's call.
    public var orderReference: String?

    public init(
        shop: String, reference: String, version: String, script: String, operatorName: String, direction: CallDirection,
        startedAt: Date, endedAt: Date? = nil, outcome: Outcome? = nil, orderReference: String? = nil
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
