import ReglamentDiagnostics
import ReglamentModel

/// Each trigger needs its parameter, and each action a contact.
public struct EscalationParameterCheck: Check {
    public static let description = RuleDescription(
        code: "R203", name: "escalation-parameters", severity: .error,
        summary: "An escalation rule lacks what its trigger or action needs: 'class' for product_class, 'amount' for order_over, 'to' for every action.",
        triggering: [
            """
            escalations:
              - id: message-owner
                when: not_covered
                action: message
                to: owner
              - id: big-order
                when: ↓order_over
                action: message
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
              - id: big-order
                when: order_over
                amount: 100000
                action: message
                to: owner
            """,
        ]
    )

    public init() {}

    public func check(_ regulation: Regulation, index: RegulationIndex) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        for rule in regulation.escalations {
            if rule.when.value == .productClass && rule.productClass == nil {
                problems.append(Self.description.diagnostic(
                    "escalation rule '\(rule.id)' is for a product class but names none",
                    hint: "add 'class:' with the product class", at: rule.when.location
                ))
            }
            if rule.when.value == .orderOver && rule.amount == nil {
                problems.append(Self.description.diagnostic(
                    "escalation rule '\(rule.id)' is for orders over an amount but gives none",
                    hint: "add 'amount:' in the shop's currency", at: rule.when.location
                ))
            }
            if rule.to == nil {
                problems.append(Self.description.diagnostic(
                    "escalation rule '\(rule.id)' does not say to whom", hint: "add 'to:' with a contact id",
                    at: rule.action.location
                ))
            }
        }
        return problems
    }
}
