import ReglamentDiagnostics
import ReglamentModel

/// Each option leads exactly one way; a node goes on either by its options
/// or by one of `next` / `escalate` / `outcome`, not both.
public struct OptionTargetCheck: Check {
    public static let description = RuleDescription(
        code: "R304", name: "option-target", severity: .error,
        summary: "An option with no target or with several, or a node with both options and its own way on.",
        triggering: [
            .script("""
                - id: greeting
                  say: Здравствуйте!
                  options:
                    - ↓label: Заказ
                    - ↓{label: Вопрос, escalate: message-owner, outcome: closed}
                    - {label: Ничего, outcome: closed}
                """),
        ],
        nonTriggering: [
            .script("""
                - id: greeting
                  say: Здравствуйте!
                  options:
                    - {label: Вопрос, escalate: message-owner}
                    - {label: Ничего, outcome: closed}
                """),
        ]
    )

    public init() {}

    public func check(_ regulation: Regulation, index: RegulationIndex) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        for script in regulation.scripts {
            for node in script.nodes {
                let options = node.options ?? []
                for option in options {
                    let targets = [option.next != nil, option.escalate != nil, option.outcome != nil].filter { $0 }.count
                    if targets != 1 {
                        problems.append(Self.description.diagnostic(
                            targets == 0
                                ? "option '\(option.label.value)' of node '\(node.id)' leads nowhere"
                                : "option '\(option.label.value)' of node '\(node.id)' has \(targets) targets",
                            hint: "give it exactly one of 'next:', 'escalate:' or 'outcome:'",
                            at: option.location
                        ))
                    }
                }
                let ownWays = [node.next != nil, node.escalate != nil, node.outcome != nil].filter { $0 }.count
                if ownWays > 1 || (ownWays == 1 && !options.isEmpty) {
                    problems.append(Self.description.diagnostic(
                        "node '\(node.id)' of script '\(script.id)' has more than one way on",
                        hint: "use either options, or one of 'next:', 'escalate:', 'outcome:'",
                        at: node.location
                    ))
                }
            }
        }
        return problems
    }
}
