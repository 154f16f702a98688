import ReglamentDiagnostics
import ReglamentModel

/// A `{{variable}}` nobody fills would be read out literally to a client.
public struct UndefinedVariableCheck: Check {
    public static let description = RuleDescription(
        code: "R408", name: "undefined-variable", severity: .error,
        summary: "A {{variable}} in a line, answer, whisper or promise that reglament does not know.",
        triggering: [
            """
            escalations:
              - id: message-owner
                when: not_covered
                action: message
                to: owner
                promise: ↓Владелец перезвонит вам {{callback.clent_time}}.
            """,
        ],
        nonTriggering: [
            """
            escalations:
              - id: message-owner
                when: not_covered
                action: message
                to: owner
                promise: Владелец {{shop.name}} перезвонит вам {{callback.client_time}}.
            """,
        ]
    )

    public init() {}

    public func check(_ regulation: Regulation, index: RegulationIndex) -> [Diagnostic] {
        let known = TemplateVariables.known(orderFields: regulation.order.fields.map(\.id.text))
        var problems: [Diagnostic] = []
        RegulationTexts.forEach(in: regulation) { text in
            for name in TemplateVariables.names(in: text.value) where !known.contains(name) {
                let hint = Spelling.closest(to: name, among: known).map { "did you mean '{{\($0)}}'?" }
                    ?? "known variables include {{shop.name}}, {{client.name}}, {{zone.delivery}}, {{callback.client_time}}"
                problems.append(Self.description.diagnostic(
                    "unknown variable '{{\(name)}}'", hint: hint, at: text.location
                ))
            }
        }
        return problems
    }
}
