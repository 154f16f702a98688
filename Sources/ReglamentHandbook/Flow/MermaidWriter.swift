import ReglamentCompile

/// The flow graph as a Mermaid flowchart: one subgraph per script, with
/// classes that style outcomes and escalations.
///
/// Node ids are positional (`s<script>_<step>`, `s<script>_any` for the
/// "any step" marker), never the step ids, so no step id can clash with
/// Mermaid's keywords (`end`, `graph`...). Every label is a `"..."` string
/// with Mermaid's `#name;` entity escapes.
public struct MermaidWriter: Sendable {
    public init() {}

    public func write(_ graph: FlowGraph) -> String {
        var out = "flowchart TD\n"
        for (scriptIndex, cluster) in graph.clusters.enumerated() {
            let ids = Dictionary(cluster.nodes.enumerated().map { ($1.id, "s\(scriptIndex)_\($0)") }, uniquingKeysWith: { first, _ in first })
            out += "  subgraph script\(scriptIndex)[\(quote(cluster.title))]\n"
            for node in cluster.nodes {
                let label = "\(node.number). \(node.title)" + (node.text.map { "\n«\($0)»" } ?? "")
                out += "    \(ids[node.id] ?? node.id)\(shape(node, label: quote(label)))\n"
            }
            if !cluster.anytime.isEmpty {
                out += "    s\(scriptIndex)_any([\"любой шаг\"])\n"
            }
            out += "  end\n"
            for edge in cluster.edges + cluster.anytime {
                let from = edge.from == FlowGraph.anyStep ? "s\(scriptIndex)_any" : ids[edge.from]
                guard let from, let to = ids[edge.to] else { continue }
                let arrow = edge.style == .fallback || edge.style == .anytime ? "-.->" : "-->"
                out += "  \(from) \(arrow)" + (edge.label.map { "|\(quote($0))|" } ?? "") + " \(to)\n"
            }
            for node in cluster.nodes {
                switch node.kind {
                case .outcome: out += "  class \(ids[node.id] ?? node.id) outcome_\((node.outcome ?? .closed).rawValue)\n"
                case .escalation: out += "  class \(ids[node.id] ?? node.id) escalation\n"
                default: break
                }
            }
            if !cluster.anytime.isEmpty { out += "  class s\(scriptIndex)_any anytime\n" }
        }
        out += "  classDef outcome_order fill:#d4edda,stroke:#1e7b34\n"
        out += "  classDef outcome_message fill:#fff3cd,stroke:#b7950b\n"
        out += "  classDef outcome_transfer fill:#d6e9f8,stroke:#1f618d\n"
        out += "  classDef outcome_closed fill:#e2e3e5,stroke:#6c757d\n"
        out += "  classDef escalation fill:#fde2c8,stroke:#c0392b\n"
        out += "  classDef anytime fill:#f8f9fa,stroke:#6c757d,stroke-dasharray:3 3\n"
        return out
    }

    private func shape(_ node: FlowGraph.Node, label: String) -> String {
        switch node.kind {
        case .outcome: "(((\(label))))"
        case .escalation: "{{\(label)}}"
        default: "[\(label)]"
        }
    }

    /// A Mermaid quoted label: characters Mermaid reads as syntax become
    /// its entity codes (a backtick too: a label starting with one would be
    /// read as Markdown), line breaks become `<br/>`.
    func quote(_ text: String) -> String {
        var quoted = "\""
        for character in text {
            switch character {
            case "\"": quoted += "#quot;"
            case "#": quoted += "#35;"
            case "<": quoted += "#lt;"
            case ">": quoted += "#gt;"
            case "&": quoted += "#amp;"
            case "`": quoted += "#96;"
            case "\n", "\r\n", "\r": quoted += "<br/>"
            default: quoted.append(character)
            }
        }
        return quoted + "\""
    }
}

extension FlowGraph {
    /// The graph as a Mermaid flowchart (`DIR/flow.mmd`).
    public func mermaid() -> String { MermaidWriter().write(self) }
}
