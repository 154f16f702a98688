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
        nonTriggering: []
    )

    public init() {}

    public func check(_ regulation: Regulation, index: RegulationIndex) -> [Diagnostic] {
        let known = TemplateVariables.known(orderFields: regulation.order.fields.map(\.id.text))
        var problems: [Diagnostic] = []
        for text in RegulationTexts.all(in: regulation) {
            for reference in TemplateVariables.references(in: text.value) where !known.contains(reference.name) {
                let hint = Spelling.closest(to: reference.name, among: known).map { "did you mean '{{\($0)}}'?" }
                    ?? "known variables include {{shop.name}}, {{client.name}}, {{zone.delivery}}, {{callback.client_time}}"
                problems.append(Self.description.diagnostic(
                    "unknown variable '{{\(reference.name)}}'", hint: hint, at: text.location
                ))
            }
        }
        return problems
    }
}

/// Every text of a regulation that is said, shown or sent.
enum RegulationTexts {
    static func all(in regulation: Regulation) -> [Located<String>] {
        var texts: [Located<String>] = [regulation.order.consent]
        if let about = regulation.shop.about { texts.append(about) }
        texts += regulation.order.fields.compactMap(\.prompt)
        texts += regulation.faq.map(\.answer)
        for rule in regulation.escalations {
            texts += [rule.whisper, rule.promise].compactMap { $0 }
        }
        for script in regulation.scripts {
            for node in script.nodes {
                if let say = node.say { texts.append(say) }
                texts += (node.options ?? []).map(\.label)
            }
        }
        return texts
    }
}
