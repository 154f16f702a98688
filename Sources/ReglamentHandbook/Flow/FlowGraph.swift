import ReglamentCompile
import ReglamentModel

/// Each script of a compiled regulation as a graph of its steps, the
/// shared shape of the Graphviz and Mermaid pictures: nodes numbered as the
/// handbook numbers steps, edges labelled with what the operator chose.
///
/// Every text in the graph is printable and single-purpose: line breaks are
/// `\n` and nothing else, other control characters are spaces, so the
/// writers only have to escape for their own language.
public struct FlowGraph: Sendable {
    public struct Node: Sendable, Equatable {
        public var id: String
        public var number: Int
        public var title: String
        /// The step's line, shortened for a picture.
        public var text: String?
        public var kind: Step.Kind
        public var outcome: Outcome?
    }

    public struct Edge: Sendable, Equatable {
        public enum Style: Sendable { case choice, next, answered, fallback, anytime }
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
        /// The ways out open on every step (`anytime` in the compiled
        /// script), drawn from one "any step" marker; `from` is `anyStep`.
        public var anytime: [Edge]
    }

    /// The `from` of the edges in `Cluster.anytime`: no step has this id
    /// (step ids are identifiers, which never hold a space).
    public static let anyStep = "any step"

    public let clusters: [Cluster]

    public init(_ compiled: CompiledRegulation) {
        clusters = compiled.scripts.map(Self.cluster)
    }

    static let longestText = 60

    private static func cluster(_ script: CompiledScript) -> Cluster {
        let nodes = script.steps.enumerated().map { index, step in
            Node(
                id: step.id, number: index + 1, title: printable(title(of: step)), text: step.line.map { shorten($0.text) },
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
        let direction = script.direction == .outbound ? "Исходящий" : "Входящий"
        return Cluster(
            script: script.id, title: printable(script.title ?? "\(direction) (\(script.id))"),
            nodes: nodes, edges: edges, anytime: anytime(script.anytime))
    }

    /// One edge per escalation step reachable from anywhere; when both ways
    /// out lead to the same step, one edge with both labels.
    private static func anytime(_ exits: AnytimeExits) -> [Edge] {
        var edges: [Edge] = []
        for (target, label) in [(exits.notCovered, "нет в регламенте"), (exits.escalate, "эскалация")] {
            guard let target else { continue }
            if let index = edges.firstIndex(where: { $0.to == target }) {
                edges[index].label = (edges[index].label ?? "") + " / " + label
            } else {
                edges.append(Edge(from: anyStep, to: target, label: label, style: .anytime))
            }
        }
        return edges
    }

    private static func title(of step: Step) -> String {
        switch step.kind {
        case .outcome: "Итог: \(step.outcome.map(RussianLabels.outcome) ?? "")"
        case .escalation: "Эскалация: \(step.escalation?.rule ?? step.id)"
        case .capture: "\(step.id) — ввод: \(step.field ?? "")"
        case .consent: "\(step.id) — согласие на обработку ПДн"
        case .say: step.id
        }
    }

    /// One line of at most `longestText` characters.
    static func shorten(_ text: String) -> String {
        let oneLine = printable(text.split(whereSeparator: \.isNewline).joined(separator: " "))
        return oneLine.count <= longestText ? oneLine : String(oneLine.prefix(longestText - 1)) + "…"
    }

    /// Every kind of line break as `\n`; tabs and other control characters
    /// (which Graphviz would copy into the SVG, making it invalid XML) as spaces.
    static func printable(_ text: String) -> String {
        var result = ""
        for character in text {
            if character.isNewline {
                result.append("\n")
            } else if character.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
                result.append(" ")
            } else {
                result.append(character)
            }
        }
        return result
    }
}
