import ReglamentDiagnostics
import ReglamentModel

/// Personal data may be asked only after the consent line, on every path.
public struct ConsentOrderCheck: Check {
    public static let description = RuleDescription(
        code: "R306", name: "consent-before-personal-data", severity: .error,
        summary: "A personal field (name, phone, address...) can be captured before the personal-data consent line is read.",
        triggering: [
            .script("""
                - id: greeting
                  say: Здравствуйте!
                  next: details
                - id: details
                  capture: [↓full_name, ↓phone]
                  outcome: order
                """),
        ],
        nonTriggering: [
            .script("""
                - id: greeting
                  say: Здравствуйте!
                  next: consent
                - id: consent
                  consent: true
                  say: "{{order.consent}}"
                  next: details
                - id: details
                  capture: [full_name, phone]
                  outcome: order
                """),
        ]
    )

    public init() {}

    public func check(_ regulation: Regulation, index: RegulationIndex) -> [Diagnostic] {
        let personal = Set(regulation.order.fields.filter(\.isPersonal).map(\.id))
        var problems: [Diagnostic] = []
        for script in regulation.scripts {
            guard let graph = index.graphs[script.id] else { continue }
            let facts = graph.facts
            for id in graph.reachable {
                guard let node = graph.nodes[id], let entry = facts.before[id],
                      !(entry.consentRead || node.isConsent)
                else { continue }
                // An outbound confirmation call re-reads what the client already agreed to give.
                if script.direction.value == .outbound { continue }
                for field in node.capture ?? [] where personal.contains(field) && !entry.fields.contains(field) {
                    problems.append(Self.description.diagnostic(
                        "personal field '\(field)' can be captured before the consent line is read",
                        hint: "read the consent first: a node with 'consent: true' on every path before this one",
                        at: field.location
                    ))
                }
            }
        }
        return problems
    }
}
