import ReglamentDiagnostics
import ReglamentModel

public struct UnreachableNodeCheck: Check {
    public static let description = RuleDescription(
        code: "R301", name: "unreachable-node", severity: .warning,
        summary: "A script node no path from the start reaches: operators will never see it.",
        triggering: [
            .script("""
                - id: greeting
                  say: Здравствуйте!
                  outcome: closed
                - ↓id: forgotten
                  say: Этот шаг никто не увидит.
                  outcome: closed
                """),
        ],
        nonTriggering: [
            // Cut off by a dead end: its R302 names the node.
            .script("""
                - id: greeting
                  say: Здравствуйте!
                - id: ask
                  say: Чем могу помочь?
                  outcome: closed
                """),
            .script("""
                - id: greeting
                  say: Здравствуйте!
                  next: ask
                - id: ask
                  say: Чем могу помочь?
                  outcome: closed
                """),
        ]
    )

    public init() {}

    public func check(_ regulation: Regulation, index: RegulationIndex) -> [Diagnostic] {
        regulation.scripts.flatMap { script -> [Diagnostic] in
            guard let graph = index.graphs[script.id], graph.nodes[script.start] != nil else { return [] }
            // Nodes a dead end cuts off are named by its error (R302).
            let accounted = Set(graph.reachable).union(graph.cutOffByDeadEnds)
            return script.nodes.filter { !accounted.contains($0.id) }.map { node in
                Self.description.diagnostic(
                    "node '\(node.id)' of script '\(script.id)' cannot be reached from '\(script.start)'",
                    hint: "link it from another node with 'next:' or an option, or remove it",
                    at: node.location
                )
            }
        }
    }
}
