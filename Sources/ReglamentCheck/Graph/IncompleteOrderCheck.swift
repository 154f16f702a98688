import ReglamentDiagnostics
import ReglamentModel

/// An `order` outcome must be reached only with every required order field
/// captured, on every path.
public struct IncompleteOrderCheck: Check {
    public static let description = RuleDescription(
        code: "R305", name: "incomplete-order", severity: .error,
        summary: "An 'order' outcome reachable on some path without all required order fields captured.",
        triggering: [
            .script("""
                - id: greeting
                  say: Здравствуйте!
                  options:
                    - {label: Заказ, next: consent}
                    - {label: Быстрый заказ, outcome: ↓order}
                - id: consent
                  consent: true
                  say: "{{order.consent}}"
                  next: details
                - id: details
                  capture: [full_name]
                  outcome: ↓order
                """),
        ],
        nonTriggering: [
            // Every path to the order captures every field, in two steps here.
            .script("""
                - id: greeting
                  say: Здравствуйте!
                  next: consent
                - id: consent
                  consent: true
                  say: "{{order.consent}}"
                  next: name
                - id: name
                  capture: [full_name]
                  next: phone
                - id: phone
                  capture: [phone]
                  outcome: order
                """),
        ]
    )

    public init() {}

    public func check(_ regulation: Regulation, index: RegulationIndex) -> [Diagnostic] {
        let required = Set(regulation.order.fields.filter(\.isRequired).map(\.id))
        var problems: [Diagnostic] = []
        for script in regulation.scripts where script.direction.value == .inbound {
            guard let graph = index.graphs[script.id] else { continue }
            let facts = graph.facts
            for id in graph.reachable {
                guard let node = graph.nodes[id], let entry = facts.before[id] else { continue }
                let captured = CapturedFacts.after(node, entry: entry).fields
                let missing = required.subtracting(captured).map(\.text).sorted()
                guard !missing.isEmpty else { continue }
                let orderOutcomes = ([node.outcome] + (node.options ?? []).map(\.outcome)).compactMap { $0 }
                    .filter { $0.value == .order }
                for outcome in orderOutcomes {
                    problems.append(Self.description.diagnostic(
                        "an order can end at node '\(id)' without \(missing.map { "'\($0)'" }.joined(separator: ", "))",
                        hint: "capture every required field on each path to an order, or mark the field 'required: false'",
                        at: outcome.location
                    ))
                }
            }
        }
        return problems
    }
}
