import ReglamentDiagnostics
import ReglamentModel

public struct DeadEndCheck: Check {
    public static let description = RuleDescription(
        code: "R302", name: "dead-end", severity: .error,
        summary: "A script node with no way on: no options, no 'next', no escalation and no outcome.",
        triggering: [
            .script("""
                - ↓id: greeting
                  say: Здравствуйте!
                """),
        ],
        nonTriggering: [
            .script("""
                - id: greeting
                  say: Здравствуйте!
                  outcome: closed
                """),
        ]
    )

    public init() {}

    public func check(_ regulation: Regulation, index: RegulationIndex) -> [Diagnostic] {
        regulation.scripts.flatMap { script in
            script.nodes.filter { ScriptGraph.exits(of: $0).isEmpty }.map { node in
                // The nodes it keeps from the start are its consequence, said here rather than as R301 each.
                let graph = index.graphs[script.id]
                let cutOff = graph?.cutOff(by: node.id) ?? []
                return Self.description.diagnostic(
                    "node '\(node.id)' of script '\(script.id)' is a dead end: the operator has nowhere to go",
                    hint: "add 'options:', 'next:', 'escalate:' or 'outcome:'",
                    at: node.location,
                    related: cutOff.compactMap { id in
                        graph?.nodes[id].map { RelatedLocation(message: "node '\(id)' is reached only past this dead end", location: $0.location) }
                    }
                )
            }
        }
    }
}
