import ReglamentDiagnostics
import ReglamentModel

/// A `notify` rule only mails its contact while the call goes on: a node
/// or an option that goes to one would leave the operator nowhere (and
/// used to end the call, losing the order).
public struct NotifyAsDestinationCheck: Check {
    public static let description = RuleDescription(
        code: "R308", name: "notify-as-destination", severity: .error,
        summary: "A node or option escalates to a 'notify' rule, which only sends a mail: the call has nowhere to go.",
        triggering: [
            .script("""
                - id: greeting
                  say: Здравствуйте!
                  options:
                    - {label: Крупный заказ, escalate: ↓big-order}
                """, after: """
                escalations:
                  - {id: big-order, when: order_over, amount: 30000, action: notify, to: owner}
                """),
        ],
        nonTriggering: [
            // The notify rule fires by itself; the call goes to a message.
            .script("""
                - id: greeting
                  say: Здравствуйте!
                  options:
                    - {label: Крупный заказ, escalate: message-owner}
                """, after: """
                escalations:
                  - {id: message-owner, when: not_covered, action: message, to: owner}
                  - {id: big-order, when: order_over, amount: 30000, action: notify, to: owner}
                """),
        ]
    )

    public init() {}

    public func check(_ regulation: Regulation, index: RegulationIndex) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        for script in regulation.scripts {
            for node in script.nodes {
                for rule in [node.escalate] + (node.options ?? []).map(\.escalate) {
                    guard let rule, index.escalations[rule]?.action.value == .notify else { continue }
                    problems.append(Self.description.diagnostic(
                        "'\(rule)' is a notify rule: it mails its contact and the call goes on, so it cannot be where node '\(node.id)' leads",
                        hint: "lead to a 'transfer' or 'message' rule, or a node; the notify rule fires by itself ('when: order_over' or 'product_class')",
                        at: rule.location
                    ))
                }
            }
        }
        return problems
    }
}
