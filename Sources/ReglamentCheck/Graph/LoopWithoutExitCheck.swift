import ReglamentDiagnostics
import ReglamentModel

/// Nodes that have ways on, yet every way leads back around without ever
/// reaching an outcome: the call would circle forever.
public struct LoopWithoutExitCheck: Check {
    public static let description = RuleDescription(
        code: "R303", name: "loop-without-exit", severity: .error,
        summary: "A loop of script nodes from which no path reaches an outcome or escalation.",
        triggering: [
            .script("""
                - ↓id: greeting
                  say: Здравствуйте!
                  next: ask
                - ↓id: ask
                  say: Повторите, пожалуйста.
                  next: greeting
                """),
        ],
        nonTriggering: [
            // A loop is fine when one of its nodes has a way out.
            .script("""
                - id: greeting
                  say: Здравствуйте!
                  next: ask
                - id: ask
                  say: Повторить?
                  options:
                    - {label: Да, next: greeting}
                    - {label: Нет, outcome: closed}
                """),
        ]
    )

    public init() {}

    public func check(_ regulation: Regulation, index: RegulationIndex) -> [Diagnostic] {
        regulation.scripts.flatMap { script -> [Diagnostic] in
            guard let graph = index.graphs[script.id] else { return [] }
            let canFinish = graph.canFinish
            return script.nodes.filter { !ScriptGraph.exits(of: $0).isEmpty && !canFinish.contains($0.id) }.map { node in
                Self.description.diagnostic(
                    "no path from node '\(node.id)' of script '\(script.id)' ever ends the call",
                    hint: "give one of the nodes in this loop an option that leads to an outcome or an escalation",
                    at: node.location
                )
            }
        }
    }
}
