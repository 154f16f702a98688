import ReglamentDiagnostics
import ReglamentModel

/// Every name used must be defined: `next` nodes, contacts, methods,
/// zones' methods and points, classes, FAQ topics, fields, escalation rules.
public struct UnknownReferenceCheck: Check {
    public static let description = RuleDescription(
        code: "R201", name: "unknown-reference", severity: .error,
        summary: "A reference to a node, contact, method, point, class, FAQ topic, field, script or escalation rule that is not defined.",
        triggering: [
            """
            escalations:
              - id: message-owner
                when: not_covered
                action: message
                to: ↓ownr
            """,
            .script("""
                - id: greeting
                  say: Здравствуйте!
                  faq: [↓delivery]
                  options:
                    - {label: Заказ, next: ↓consnt}
                    - {label: Вопрос, escalate: message-owner}
                """),
        ],
        nonTriggering: [
            """
            escalations:
              - id: message-owner
                when: not_covered
                action: message
                to: owner
            """,
            .script("""
                - id: greeting
                  say: Здравствуйте!
                  faq: [delivery_time]
                  options:
                    - {label: Вопрос, escalate: message-owner}
                    - {label: Ничего, outcome: closed}
                """),
        ]
    )

    public init() {}

    public func check(_ regulation: Regulation, index: RegulationIndex) -> [Diagnostic] {
        var references = ReferenceCollector(index: index)
        references.collect(regulation)
        return references.problems
    }
}

/// Walks the regulation and checks each reference against its kind's ids.
struct ReferenceCollector {
    let index: RegulationIndex
    var problems: [Diagnostic] = []

    mutating func collect(_ regulation: Regulation) {
        for productClass in regulation.productClasses ?? [] {
            for specialist in productClass.specialists ?? [] { require(specialist, "contact", in: index.contacts.keys) }
        }
        let classes = index.productClasses.keys
        for method in regulation.delivery.methods {
            for excluded in method.excludes ?? [] { require(excluded, "product class", in: classes) }
            for point in method.points ?? [] {
                for excluded in point.excludes ?? [] { require(excluded, "product class", in: classes) }
            }
        }
        for zone in regulation.delivery.zones {
            for option in zone.options {
                require(option.method, "delivery method", in: index.deliveryMethods.keys)
                for excluded in option.excludes ?? [] { require(excluded, "product class", in: classes) }
                let points = Set((index.deliveryMethods[option.method]?.points ?? []).map(\.id))
                for point in option.points ?? [] { require(point, "pickup point of '\(option.method)'", in: points) }
                for price in option.classPrices ?? [] { require(price.productClass, "product class", in: classes) }
            }
        }
        for payment in regulation.payment {
            for method in payment.with ?? [] { require(method, "delivery method", in: index.deliveryMethods.keys) }
        }
        for rule in regulation.escalations {
            if let contact = rule.to { require(contact, "contact", in: index.contacts.keys) }
            if let fallback = rule.fallback { require(fallback, "escalation rule", in: index.escalations.keys) }
            if let productClass = rule.productClass { require(productClass, "product class", in: classes) }
        }
        if let confirmation = regulation.order.confirmation {
            require(confirmation.script, "script", in: index.scripts.keys)
        }
        for script in regulation.scripts {
            let nodes = Set(script.nodes.map(\.id))
            require(script.start, "node", in: nodes, scope: " in script '\(script.id)'")
            for node in script.nodes {
                for field in node.capture ?? [] { require(field, "order field", in: index.orderFields.keys) }
                for topic in node.faq ?? [] { require(topic, "FAQ topic", in: index.faqTopics) }
                if let next = node.next { require(next, "node", in: nodes, scope: " in script '\(script.id)'") }
                if let rule = node.escalate { require(rule, "escalation rule", in: index.escalations.keys) }
                for option in node.options ?? [] {
                    if let next = option.next { require(next, "node", in: nodes, scope: " in script '\(script.id)'") }
                    if let rule = option.escalate { require(rule, "escalation rule", in: index.escalations.keys) }
                }
            }
        }
    }

    /// `scope` ends the message where ids are local (" in script 'inbound'").
    mutating func require(_ reference: Identifier, _ kind: String, in known: some Collection<Identifier>, scope: String = "") {
        guard !known.contains(reference) else { return }
        let names = known.map(\.text).sorted()
        let hint = Spelling.closest(to: reference.text, among: names).map { "did you mean '\($0)'?" }
            ?? (names.isEmpty ? "none is defined" : "defined: \(names.prefix(12).joined(separator: ", "))")
        problems.append(UnknownReferenceCheck.description.diagnostic(
            "unknown \(kind) '\(reference)'\(scope)", hint: hint, at: reference.location
        ))
    }
}
