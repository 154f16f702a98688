import ReglamentModel

/// A script as a graph: for each node, where the call can go from it.
/// Escalations and outcomes end the walk through the script (an escalation
/// ends in the transfer or message outcome the runner records). Built once
/// per script; the checks and the compiler read it.
public struct ScriptGraph: Sendable {
    public enum Exit: Sendable, Hashable {
        case node(Identifier)
        case escalation(Identifier)
        case outcome(Outcome)
    }

    public let script: Script
    public let nodes: [Identifier: ScriptNode]
    public let exits: [Identifier: [Exit]]
    /// Next nodes within the script that exist (escalations and outcomes excluded).
    private let successorLists: [Identifier: [Identifier]]
    /// Nodes the call can reach from `start`, in breadth-first order.
    public let reachable: [Identifier]
    /// What is certainly done before each reachable node.
    public let facts: CapturedFacts

    public init(_ script: Script) {
        self.script = script
        let nodes = RegulationIndex.byID(script.nodes, \.id)
        let exits = nodes.mapValues { ScriptGraph.exits(of: $0).map { ScriptGraph.recovering($0, among: nodes) } }
        let successorLists = exits.mapValues { exits in
            exits.compactMap { exit -> Identifier? in
                if case .node(let next) = exit, nodes.index(forKey: next) != nil { return next }
                return nil
            }
        }
        self.nodes = nodes
        self.exits = exits
        self.successorLists = successorLists
        reachable = ScriptGraph.breadthFirst(from: script.start, nodes: nodes, successors: successorLists)
        facts = CapturedFacts(order: reachable, nodes: nodes, successors: successorLists)
    }

    static func exits(of node: ScriptNode) -> [Exit] {
        var exits: [Exit] = []
        for option in node.options ?? [] {
            if let next = option.next { exits.append(.node(next)) }
            if let rule = option.escalate { exits.append(.escalation(rule)) }
            if let outcome = option.outcome { exits.append(.outcome(outcome.value)) }
        }
        if let next = node.next { exits.append(.node(next)) }
        if let rule = node.escalate { exits.append(.escalation(rule)) }
        if let outcome = node.outcome { exits.append(.outcome(outcome.value)) }
        return exits
    }

    /// Recovery, as a compiler does it: a misspelt target (which R201
    /// reports, naming the closest id) is taken as that closest node, so one
    /// typo is one diagnostic, not a cascade of unreachable nodes and loops.
    private static func recovering(_ exit: Exit, among nodes: [Identifier: ScriptNode]) -> Exit {
        guard case .node(let next) = exit, nodes.index(forKey: next) == nil,
              let closest = Spelling.closest(to: next.text, among: nodes.keys.map(\.text).sorted())
        else { return exit }
        return .node(Identifier(closest))
    }

    public func successors(of id: Identifier) -> [Identifier] { successorLists[id] ?? [] }

    /// The nodes a dead end alone keeps from the start: those the start
    /// cannot reach but the node written after the dead end leads to (its
    /// missing `next:` most likely went there). The dead end's error names
    /// them, and they are not reported again as unreachable.
    public func cutOff(by deadEnd: Identifier) -> [Identifier] {
        guard let position = script.nodes.firstIndex(where: { $0.id == deadEnd }), position + 1 < script.nodes.count else { return [] }
        let reached = Set(reachable)
        guard reached.contains(deadEnd) else { return [] }
        let following = script.nodes[position + 1].id
        return ScriptGraph.breadthFirst(from: following, nodes: nodes, successors: successorLists).filter { !reached.contains($0) }
    }

    /// The capture steps on some path from the start to `target` along
    /// which `field` is never captured, in script order: where the owner
    /// would add it. Empty when such a path has no capture step at all.
    public func captureSteps(onPathsTo target: Identifier, missing field: Identifier) -> [Identifier] {
        let skipsField = { (id: Identifier) in !(self.nodes[id]?.capture ?? []).contains(field) }
        guard skipsField(script.start), skipsField(target) else { return [] }
        var predecessors: [Identifier: [Identifier]] = [:]
        for (id, nexts) in successorLists { for next in nexts { predecessors[next, default: []].append(id) } }
        let fromStart = ScriptGraph.breadthFirst(
            from: script.start, nodes: nodes, successors: successorLists.mapValues { $0.filter(skipsField) })
        let toTarget = Set(ScriptGraph.breadthFirst(
            from: target, nodes: nodes, successors: predecessors.mapValues { $0.filter(skipsField) }))
        let onPath = Set(fromStart).intersection(toTarget)
        return script.nodes.map(\.id).filter { onPath.contains($0) && !(nodes[$0]?.capture ?? []).isEmpty }
    }

    /// Every node some dead end cuts off (see `cutOff(by:)`).
    public var cutOffByDeadEnds: Set<Identifier> {
        Set(script.nodes.filter { ScriptGraph.exits(of: $0).isEmpty }.flatMap { cutOff(by: $0.id) })
    }

    private static func breadthFirst(
        from start: Identifier, nodes: [Identifier: ScriptNode], successors: [Identifier: [Identifier]]
    ) -> [Identifier] {
        guard nodes.index(forKey: start) != nil else { return [] }
        var seen: Set<Identifier> = [start]
        var order = [start]
        var cursor = 0
        while cursor < order.count {
            for next in successors[order[cursor]] ?? [] where seen.insert(next).inserted {
                order.append(next)
            }
            cursor += 1
        }
        return order
    }

    /// Nodes from which some path ends the call (an outcome or an escalation).
    public var canFinish: Set<Identifier> {
        var predecessors: [Identifier: [Identifier]] = [:]
        var finished: [Identifier] = []
        for (id, exits) in exits {
            for exit in exits {
                switch exit {
                case .node(let next): predecessors[next, default: []].append(id)
                case .escalation, .outcome: finished.append(id)
                }
            }
        }
        var result = Set(finished)
        var queue = Array(result)
        while let id = queue.popLast() {
            for previous in predecessors[id] ?? [] where result.insert(previous).inserted {
                queue.append(previous)
            }
        }
        return result
    }
}
