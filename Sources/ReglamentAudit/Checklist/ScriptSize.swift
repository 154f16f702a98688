import ReglamentCompile

/// How big a script's graph is: what an auditor weighs against how much of
/// it real calls walked.
public struct ScriptSize: Sendable, Equatable, Codable {
    public var script: String
    public var steps: Int
    /// Every way out of a step the operator picks: options, and an
    /// escalation's "answered" and "fallback".
    public var branches: Int
    public var outcomes: Int
    /// The most steps on a path from the start to an `order` outcome that
    /// visits no step twice (the start and the outcome included); nil when
    /// no order can be reached.
    public var longestPathToOrder: Int?
    public var shortestPathToOrder: Int?

    /// Paths explored before the longest-path search gives its best so far:
    /// scripts are small, but the number of simple paths grows fast.
    static let searchBudget = 200_000

    public init(_ script: CompiledScript) {
        self.script = script.id
        steps = script.steps.count
        branches = script.steps.reduce(0) { total, step in
            total + step.options.count + (step.escalation?.answered == nil ? 0 : 1) + (step.escalation?.fallback == nil ? 0 : 1)
        }
        outcomes = script.steps.filter { $0.kind == .outcome }.count
        let graph = Dictionary(script.steps.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var search = PathSearch(graph: graph)
        search.walk(script.start, depth: 1)
        longestPathToOrder = search.longest
        shortestPathToOrder = search.shortest
    }

    private struct PathSearch {
        let graph: [String: Step]
        var onPath: Set<String> = []
        var longest: Int?
        var shortest: Int?
        var budget = ScriptSize.searchBudget

        init(graph: [String: Step]) { self.graph = graph }

        mutating func walk(_ id: String, depth: Int) {
            guard budget > 0, let step = graph[id], !onPath.contains(id) else { return }
            budget -= 1
            if step.outcome == .order {
                longest = max(longest ?? 0, depth)
                shortest = min(shortest ?? .max, depth)
                return
            }
            onPath.insert(id)
            let targets = step.options.map(\.target) + [step.next, step.escalation?.answered, step.escalation?.fallback].compactMap { $0 }
            for target in targets { walk(target, depth: depth + 1) }
            onPath.remove(id)
        }
    }
}
