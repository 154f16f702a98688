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

/// Every text of a regulation that is said, shown or sent, visited in
/// place (a large regulation has a hundred thousand of them).
enum RegulationTexts {
    static func forEach(in regulation: Regulation, _ body: (Located<String>) -> Void) {
        body(regulation.order.consent)
        if let about = regulation.shop.about { body(about) }
        regulation.order.fields.forEach { if let prompt = $0.prompt { body(prompt) } }
        regulation.faq.forEach { body($0.answer) }
        for rule in regulation.escalations {
            if let whisper = rule.whisper { body(whisper) }
            if let promise = rule.promise { body(promise) }
        }
        for script in regulation.scripts {
            for node in script.nodes {
                if let say = node.say { body(say) }
                node.options?.forEach { body($0.label) }
            }
        }
    }
}
