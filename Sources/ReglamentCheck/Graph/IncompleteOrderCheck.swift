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
        let fieldOrder = regulation.order.fields.map(\.id)
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
                // Most nodes miss fields (nothing is asked yet at the greeting); only an order's end is walked back.
                guard !orderOutcomes.isEmpty else { continue }
                let steps = Self.stepsMissing(missing, on: graph, to: id, fieldOrder: fieldOrder)
                for outcome in orderOutcomes {
                    problems.append(Self.description.diagnostic(
                        "an order can end at node '\(id)' without \(missing.map { "'\($0)'" }.joined(separator: ", "))",
                        hint: "capture every required field on each path to an order, or mark the field 'required: false'",
                        at: outcome.location,
                        related: steps
                    ))
                }
            }
        }
        return problems
    }

    /// A note at the capture step of each path that misses a field, naming
    /// what it does not ask; a path with no capture step is noted at the start.
    /// Of a path's capture steps, the one that asks the field's neighbours
    /// in `order.fields` is where it was meant to be (the phone beside the
    /// name and the e-mail), so only such steps are noted when there are any.
    private static func stepsMissing(
        _ missing: [String], on graph: ScriptGraph, to target: Identifier, fieldOrder: [Identifier]
    ) -> [RelatedLocation] {
        var lacking: [Identifier: [String]] = [:]
        var pathWithoutCapture = false
        for field in missing {
            let steps = graph.captureSteps(onPathsTo: target, missing: Identifier(field))
            if steps.isEmpty { pathWithoutCapture = true }
            let neighbours = Set(Self.neighbours(of: Identifier(field), in: fieldOrder))
            let meant = steps.filter { !neighbours.isDisjoint(with: graph.nodes[$0]?.capture ?? []) }
            for step in meant.isEmpty ? steps : meant { lacking[step, default: []].append(field) }
        }
        var notes = graph.script.nodes.compactMap { node -> RelatedLocation? in
            guard let fields = lacking[node.id] else { return nil }
            let place = node.capture?.first?.location ?? node.location
            return RelatedLocation(
                message: "step '\(node.id)' is on a path to this order and does not capture \(fields.map { "'\($0)'" }.joined(separator: ", "))",
                location: place == .unknown ? node.location : place
            )
        }
        if pathWithoutCapture, let start = graph.nodes[graph.script.start] {
            notes.append(RelatedLocation(message: "a path from the start reaches this order through no capture step", location: start.location))
        }
        return notes
    }

    /// The fields declared just before and just after `field`.
    private static func neighbours(of field: Identifier, in order: [Identifier]) -> [Identifier] {
        guard let position = order.firstIndex(of: field) else { return [] }
        return [position - 1, position + 1].filter(order.indices.contains).map { order[$0] }
    }
}
