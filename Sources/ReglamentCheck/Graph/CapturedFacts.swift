import ReglamentModel

/// For each node of a script: what is certainly done before the node on
/// every path from the start (fields captured, consent read). A forward
/// "must" data-flow analysis: a node's facts are the intersection over its
/// predecessors, iterated to a fixed point.
public struct CapturedFacts: Sendable {
    public struct Facts: Sendable, Equatable {
        public var fields: Set<Identifier>
        public var consentRead: Bool
    }

    /// Facts on entry to each reachable node.
    public let before: [Identifier: Facts]

    init(order: [Identifier], nodes: [Identifier: ScriptNode], successors: [Identifier: [Identifier]]) {
        var before: [Identifier: Facts] = [:]
        guard let start = order.first else {
            self.before = [:]
            return
        }
        before[start] = Facts(fields: [], consentRead: false)
        var changed = true
        while changed {
            changed = false
            for id in order {
                guard let entry = before[id], let node = nodes[id] else { continue }
                let exit = CapturedFacts.after(node, entry: entry)
                for next in successors[id] ?? [] {
                    let merged: Facts
                    if let existing = before[next] {
                        merged = Facts(
                            fields: existing.fields.intersection(exit.fields),
                            consentRead: existing.consentRead && exit.consentRead
                        )
                    } else {
                        merged = exit
                    }
                    if before[next] != merged {
                        before[next] = merged
                        changed = true
                    }
                }
            }
        }
        self.before = before
    }

    /// Facts after a node: consent is read before its captures are asked.
    public static func after(_ node: ScriptNode, entry: Facts) -> Facts {
        Facts(
            fields: entry.fields.union(node.capture ?? []),
            consentRead: entry.consentRead || node.isConsent
        )
    }
}
