import ReglamentModel

/// An escalation rule made explicit: who, their availability in UTC, what
/// to whisper, where to fall back, and what to promise.
public struct CompiledEscalation: Codable, Sendable, Equatable {
    public var id: String
    public var when: EscalationTrigger
    public var productClass: String?
    public var amount: String?
    public var action: EscalationAction
    public var contact: String?
    public var whisper: Line?
    /// The contact's availability, copied here so the runner needs no second look-up.
    public var availability: Availability?
    /// The rule to follow when the contact is unavailable or does not answer.
    public var fallback: String?
    public var promise: Line?
    /// For `message`: the urgency fixed by the rule; nil: the operator asks.
    public var urgency: Urgency?
}
