import ReglamentDiagnostics
import ReglamentModel

/// Two things of one kind with the same id: references to it would be ambiguous.
public struct DuplicateIDCheck: Check {
    public static let description = RuleDescription(
        code: "R109", name: "duplicate-id", severity: .error,
        summary: "Two contacts, zones, methods, fields, FAQ entries, rules, scripts or nodes share an id.",
        triggering: [
            """
            payment:
              - {id: card, name: Карта}
              - {id: ↓card, name: Карта курьеру}
            """,
        ],
        nonTriggering: [
            """
            payment:
              - {id: card, name: Карта}
              - {id: cash, name: Наличные}
            """,
        ]
    )

    public init() {}

    public func check(_ regulation: Regulation, index: RegulationIndex) -> [Diagnostic] {
        var groups: [(kind: String, ids: [Identifier])] = [
            ("contact", regulation.contacts.map(\.id)),
            ("payment method", regulation.payment.map(\.id)),
            ("product class", (regulation.productClasses ?? []).map(\.id)),
            ("delivery method", regulation.delivery.methods.map(\.id)),
            ("delivery zone", regulation.delivery.zones.map(\.id)),
            ("pickup point", regulation.delivery.methods.flatMap { ($0.points ?? []).map(\.id) }),
            ("order field", regulation.order.fields.map(\.id)),
            ("FAQ entry", regulation.faq.map(\.id)),
            ("escalation rule", regulation.escalations.map(\.id)),
            ("script", regulation.scripts.map(\.id)),
        ]
        for script in regulation.scripts {
            groups.append(("node of script '\(script.id)'", script.nodes.map(\.id)))
        }
        var problems: [Diagnostic] = []
        for group in groups {
            var first: [Identifier: Identifier] = [:]
            for id in group.ids {
                if let original = first[id] {
                    problems.append(Self.description.diagnostic(
                        "duplicate \(group.kind) id '\(id)'",
                        hint: "ids must be unique; rename one of them",
                        at: id.location,
                        related: [RelatedLocation(message: "'\(id)' first defined here", location: original.location)]
                    ))
                } else {
                    first[id] = id
                }
            }
        }
        return problems
    }
}
