import ReglamentDiagnostics
import ReglamentModel

/// A message is forwarded by e-mail, so its contact needs an address.
public struct MessageContactEmailCheck: Check {
    public static let description = RuleDescription(
        code: "R405", name: "message-contact-email", severity: .error,
        summary: "A contact who receives forwarded messages has no e-mail address.",
        triggering: [
            """
            contacts:
              - ↓id: owner
                name: Иван Петров
                phone: "+7 900 000-00-00"
            """,
        ],
        nonTriggering: [
            """
            contacts:
              - id: owner
                name: Иван Петров
                phone: "+7 900 000-00-00"
                email: ivan@example.ru
            """,
        ]
    )

    public init() {}

    public func check(_ regulation: Regulation, index: RegulationIndex) -> [Diagnostic] {
        var reported: Set<Identifier> = []
        var problems: [Diagnostic] = []
        for rule in regulation.escalations where rule.action.value != .transfer {
            guard let id = rule.to, let contact = index.contacts[id], contact.email == nil, reported.insert(id).inserted
            else { continue }
            problems.append(Self.description.diagnostic(
                "contact '\(id)' receives messages (rule '\(rule.id)') but has no e-mail",
                hint: "add 'email:' so forwarded messages reach them",
                at: contact.location,
                related: [RelatedLocation(message: "rule '\(rule.id)'", location: rule.location)]
            ))
        }
        return problems
    }
}
