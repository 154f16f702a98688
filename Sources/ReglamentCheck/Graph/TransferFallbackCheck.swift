import ReglamentDiagnostics
import ReglamentModel

/// A transfer can fail (no answer, outside hours): the operator must know
/// what to do then.
public struct TransferFallbackCheck: Check {
    public static let description = RuleDescription(
        code: "R307", name: "transfer-without-fallback", severity: .error,
        summary: "A transfer escalation with no fallback for when the contact does not answer or is unavailable.",
        triggering: [
            """
            escalations:
              - id: message-owner
                when: not_covered
                action: message
                to: owner
              - ↓id: transfer-owner
                when: conflict
                action: transfer
                to: owner
            """,
        ],
        nonTriggering: [
            """
            escalations:
              - id: message-owner
                when: not_covered
                action: message
                to: owner
              - id: transfer-owner
                when: conflict
                action: transfer
                to: owner
                fallback: message-owner
            """,
        ]
    )

    public init() {}

    public func check(_ regulation: Regulation, index: RegulationIndex) -> [Diagnostic] {
        regulation.escalations.filter { $0.action.value == .transfer && $0.fallback == nil }.map { rule in
            Self.description.diagnostic(
                "transfer rule '\(rule.id)' has no fallback",
                hint: "add 'fallback:' with a rule to follow when the transfer fails (usually taking a message)",
                at: rule.location
            )
        }
    }
}
