import ReglamentCompile

/// Each script of a compiled regulation as a graph of its steps, the
/// shared shape of the Graphviz and Mermaid pictures: nodes numbered as the
/// handbook numbers steps, edges labelled with what the operator chose.
public struct FlowGraph: Sendable {
    public struct Node: Sendable, Equatable {
        public var id: String
        public var number: Int
        public var title: String
        /// The step's line, shortened for a picture.
        public var text: String?
        public var kind: Step.Kind
        public var outcome: String?
    }

    public struct Edge: Sendable, Equatable {
        public enum Style: Sendable { case choice, next, answered, fallback }
        public var from: String
        public var to: String
        public var label: String?
        public var style: Style
    }

    public struct Cluster: Sendable, Equatable {
        public var script: String
        public var title: String
        public var nodes: [Node]
        public var edges: [Edge]
    }

    public let clusters: [Cluster]

    public init(_ compiled: CompiledRegulation) {
        clusters = compiled.scripts.map(Self.cluster)
    }

    static let longestText = 60

    private static func cluster(_ script: CompiledScript) -> Cluster {
        let nodes = script.steps.enumerated().map { index, step in
            Node(
                id: step.id, number: index + 1, title: title(of: step), text: step.line.map { shorten($0.text) },
                kind: step.kind, outcome: step.outcome)
        }
        var edges: [Edge] = []
        for step in script.steps {
            for (index, option) in step.options.enumerated() {
                edges.append(Edge(from: step.id, to: option.target, label: "\(index + 1). \(shorten(option.label))", style: .choice))
            }
            if let next = step.next { edges.append(Edge(from: step.id, to: next, label: nil, style: .next)) }
            if let answered = step.escalation?.answered { edges.append(Edge(from: step.id, to: answered, label: "ответил", style: .answered)) }
            if let fallback = step.escalation?.fallback {
                edges.append(Edge(from: step.id, to: fallback, label: "недоступен / не ответил", style: .fallback))
            }
        }
        let direction = script.direction == "outbound" ? "Исходящий" : "Входящий"
        return Cluster(script: script.id, title: script.title ?? "\(direction) (\(script.id))", nodes: nodes, edges: edges)
    }

    private static func title(of step: Step) -> String {
        switch step.kind {
        case .outcome: "Итог: \(step.outcome ?? "")"
        case .escalation: "Эскалация: \(step.escalation?.rule ?? step.id)"
        case .capture: "\(step.id) — ввод: \(step.field ?? "")"
        case .consent: "\(step.id) — согласие на обработку ПДн"
        case .say: step.id
        }
    }

    static func shorten(_ text: String) -> String {
        let oneLine = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        return oneLine.count <= longestText ? oneLine : String(oneLine.prefix(longestText - 1)) + "…"
    }
}
