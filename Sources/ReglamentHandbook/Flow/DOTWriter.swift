import ReglamentCompile
import ReglamentModel

/// The flow graph in Graphviz's DOT language: one cluster per script;
/// outcomes as double octagons coloured by outcome, escalations as
/// hexagons with a dashed fallback edge; the ways out open on every step
/// as dotted edges from an "any step" note.
///
/// Every id and label is a DOT quoted string (never an HTML or record
/// label), so only `"`, `\` and line breaks need escaping; `<>{}|` stay
/// as written. Text is UTF-8 as is: Cyrillic stays readable in the file.
public struct DOTWriter: Sendable {
    public init() {}

    public func write(_ graph: FlowGraph) -> String {
        var out = "digraph reglament {\n"
        out += "  graph [rankdir=TB, fontname=\"DejaVu Sans\", compound=true];\n"
        out += "  node [shape=box, style=\"rounded,filled\", fillcolor=\"#ffffff\", fontname=\"DejaVu Sans\", fontsize=10];\n"
        out += "  edge [fontname=\"DejaVu Sans\", fontsize=9];\n"
        for cluster in graph.clusters {
            out += "  subgraph \(quote("cluster_" + cluster.script)) {\n"
            out += "    label=\(quote(cluster.title));\n"
            for node in cluster.nodes {
                let label = "\(node.number). \(node.title)" + (node.text.map { "\n«\($0)»" } ?? "")
                out += "    \(quote(key(cluster, node.id))) [label=\(quote(label))\(attributes(node))];\n"
            }
            if !cluster.anytime.isEmpty {
                out += "    \(quote(key(cluster, FlowGraph.anyStep))) [label=\"любой шаг\", shape=note, fillcolor=\"#f8f9fa\"];\n"
            }
            for edge in cluster.edges + cluster.anytime {
                var attributes: [String] = []
                if let label = edge.label { attributes.append("label=\(quote(label))") }
                switch edge.style {
                case .fallback: attributes.append("style=dashed, color=\"#c0392b\"")
                case .answered: attributes.append("color=\"#1e7b34\"")
                case .anytime: attributes.append("style=dotted, color=\"#6c757d\"")
                case .choice, .next: break
                }
                let suffix = attributes.isEmpty ? "" : " [\(attributes.joined(separator: ", "))]"
                out += "    \(quote(key(cluster, edge.from))) -> \(quote(key(cluster, edge.to)))\(suffix);\n"
            }
            out += "  }\n"
        }
        return out + "}\n"
    }

    private func attributes(_ node: FlowGraph.Node) -> String {
        switch node.kind {
        case .outcome:
            let color = switch node.outcome {
            case .order: "#d4edda"
            case .message: "#fff3cd"
            case .transfer: "#d6e9f8"
            case .closed, nil: "#e2e3e5"
            }
            return ", shape=doubleoctagon, fillcolor=\"\(color)\""
        case .escalation: return ", shape=hexagon, fillcolor=\"#fde2c8\""
        case .consent: return ", fillcolor=\"#e8dff5\""
        case .capture: return ", fillcolor=\"#f4f6f8\""
        case .say: return ""
        }
    }

    /// Steps are named per script: two scripts may both have a `greeting`.
    private func key(_ cluster: FlowGraph.Cluster, _ step: String) -> String { "\(cluster.script)/\(step)" }

    /// A DOT quoted string: backslashes and quotes escaped, line breaks as
    /// `\n` (so `\l`, `\N` and the like in the text stay literal).
    func quote(_ text: String) -> String {
        var quoted = "\""
        for character in text {
            switch character {
            case "\\": quoted += "\\\\"
            case "\"": quoted += "\\\""
            case "\n", "\r\n", "\r": quoted += "\\n"
            default: quoted.append(character)
            }
        }
        return quoted + "\""
    }
}

extension FlowGraph {
    /// The graph in Graphviz's DOT language (`DIR/flow.dot`).
    public func dot() -> String { DOTWriter().write(self) }
}
