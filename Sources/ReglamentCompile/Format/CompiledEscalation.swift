/// An escalation rule made explicit: who, their availability in UTC, what
/// to whisper, where to fall back, and what to promise.
public struct CompiledEscalation: Codable, Sendable, Equatable {
    public var id: String
    /// not_covered, product_class, order_over, conflict, return_beyond_law, owner_requested or any.
    public var when: String
    public var productClass: String?
    public var amount: String?
    /// transfer, message or notify.
    public var action: String
    public var contact: String?
    public var whisper: Line?
    /// The contact's availability, copied here so the runner needs no second look-up.
    public var availability: Availability?
    /// The rule to follow when the contact is unavailable or does not answer.
    public var fallback: String?
    public var promise: Line?
}
