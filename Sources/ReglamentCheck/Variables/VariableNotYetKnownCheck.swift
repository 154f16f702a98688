import ReglamentDiagnostics
import ReglamentModel

/// A line that names a value the call may not have yet on some path: the
/// runner shows a stand-in («[имя ещё не записано]»), but the operator has
/// nothing true to say. Each line is checked against what is captured on
/// every path to it (the must-analysis of `CapturedFacts`); the warning
/// names one path on which the value is missing.
public struct VariableNotYetKnownCheck: Check {
    public static let description = RuleDescription(
        code: "R412", name: "variable-not-yet-known", severity: .warning,
        summary: "A line uses a {{variable}} that some path reaches before the call knows it.",
        triggering: [
            .script("""
                - id: greeting
                  say: ↓Здравствуйте, {{client.name}}!
                  next: consent
                - id: consent
                  consent: true
                  next: details
                - id: details
                  capture: [full_name, phone, postal_index, address, items, delivery, payment]
                  outcome: order
                """),
        ],
        nonTriggering: [
            // The name is said only after every path to the line has asked for it.
            .script("""
                - id: greeting
                  say: Здравствуйте, магазин {{shop.name}}!
                  next: consent
                - id: consent
                  consent: true
                  next: details
                - id: details
                  capture: [full_name, phone]
                  next: thanks
                - id: thanks
                  say: Спасибо, {{client.name}}!
                  outcome: order
                """),
        ]
    )

    public init() {}

    public func check(_ regulation: Regulation, index: RegulationIndex) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        let givers = KnownVariables.givers(index)
        for script in regulation.scripts where script.direction.value == .inbound {
            guard let graph = index.graphs[script.id] else { continue }
            for id in graph.reachable {
                guard let node = graph.nodes[id], let entry = graph.facts.before[id] else { continue }
                var captured = entry.fields
                if let say = node.say { problems += unknown(in: say, captured: captured, givers: givers, node: node, graph: graph) }
                for field in node.capture ?? [] {
                    if let prompt = index.orderFields[field]?.prompt {
                        problems += unknown(in: prompt, captured: captured, givers: givers, node: node, graph: graph)
                    }
                    captured.insert(field)
                }
            }
        }
        // A promise is said when the escalation has chosen its contact and time, before anything else is known for sure.
        let known = KnownVariables.fromTheStart.union(KnownVariables.ofEscalation)
        for rule in regulation.escalations {
            guard let promise = rule.promise else { continue }
            for name in Set(TemplateVariables.names(in: promise.value)).subtracting(known).sorted() where isCallSlot(name) {
                problems.append(Self.description.diagnostic(
                    "the promise of rule '\(rule.id)' uses '{{\(name)}}', which the call may not know when the promise is made",
                    hint: "a promise can name the contact, the callback time and the reference; the rest may be missing on an escalation from any step",
                    at: promise.location))
            }
        }
        return problems
    }

    private func unknown(
        in text: Located<String>, captured: Set<Identifier>, givers: [String: Set<Identifier>], node: ScriptNode, graph: ScriptGraph
    ) -> [Diagnostic] {
        // Most texts name no variable: nothing is worked out for them.
        let names = TemplateVariables.names(in: text.value)
        guard !names.isEmpty else { return [] }
        let missing = Set(names).filter { name in
            isCallSlot(name) && !KnownVariables.fromTheStart.contains(name) && givers[name, default: []].isDisjoint(with: captured)
        }.sorted()
        return missing.map { name in
            let path = pathWithout(to: node.id, avoiding: givers[name, default: []], graph: graph)
            return Self.description.diagnostic(
                "'{{\(name)}}' may not be known yet at node '\(node.id)'" + (path.map { ": on the path \($0), nothing captures it" } ?? ""),
                hint: hint(for: name),
                at: text.location)
        }
    }

    /// Undefined names are R408's; shop facts are always known.
    private func isCallSlot(_ name: String) -> Bool {
        TemplateVariables.callSlots.contains(name) || name.hasPrefix("order.")
    }

    private func hint(for name: String) -> String {
        switch name {
        case "question", "topic": "the client's question is typed at the message form, after this line; say it without the question"
        case _ where KnownVariables.ofEscalation.contains(name): "this is known only at an escalation: name it in the rule's promise"
        default: "capture the field it comes from on every path before this line, or say it without the value"
        }
    }

    /// A path from the start to `target` on which no node captures one of `givers`.
    private func pathWithout(to target: Identifier, avoiding givers: Set<Identifier>, graph: ScriptGraph) -> String? {
        let start = graph.script.start
        var previous: [Identifier: Identifier] = [:]
        var queue = [start]
        var seen: Set<Identifier> = [start]
        while !queue.isEmpty {
            let id = queue.removeFirst()
            if id == target {
                var path = [id]
                while let before = previous[path[0]] { path.insert(before, at: 0) }
                return path.map(\.text).joined(separator: " → ")
            }
            // The target's own captures come after its line (it returned above); others must not capture the value.
            if let node = graph.nodes[id], !givers.isDisjoint(with: node.capture ?? []) { continue }
            for next in graph.successors(of: id) where seen.insert(next).inserted {
                previous[next] = id
                queue.append(next)
            }
        }
        return nil
    }
}
