/// What the operator does at a step.
public enum OperatorAction: Sendable, Equatable {
    /// Picks option `number` (1-based, as the operator types it).
    case choose(Int)
    /// Answers the field the step captures, or the message form's question.
    case input(String)
    /// Goes on from a step that has nothing to choose.
    case proceed
    /// Returns to the step before.
    case back
    /// Notes what the client asked that the regulation does not cover.
    case note(String)
    /// Takes the "escalate" exit, available at every step.
    case escalate
    /// Takes the "not in the regulation" exit, available at every step.
    case notCovered
    /// Says whether the contact picked up the warm transfer.
    case transferAnswered(Bool)
}

/// Why an action was not taken; the operator stays on the step.
public struct ActionRefusal: Error, Sendable, Equatable, CustomStringConvertible {
    public var reason: String

    public init(_ reason: String) {
        self.reason = reason
    }

    public var description: String { reason }
}
