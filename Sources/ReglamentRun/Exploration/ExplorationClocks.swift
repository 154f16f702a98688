import Foundation
import ReglamentCompile

/// The instants the explorer calls at: who can be reached depends on the
/// clock, so each escalation is walked once when its contact is available
/// and once when not. Found from the compiled availabilities by scanning a
/// week in half hours from a given start; as few instants as cover every
/// rule both ways, the earliest first.
enum ExplorationClocks {
    static func instants(for compiled: CompiledRegulation, from start: Date) -> [Date] {
        let rules = usedRules(compiled)
        // From the next whole half hour: a scenario's clock reads better so.
        let first = Date(timeIntervalSince1970: (start.timeIntervalSince1970 / 1800).rounded(.up) * 1800)
        let candidates = (0..<(7 * 48)).map { first.addingTimeInterval(Double($0) * 1800) }
        guard !rules.isEmpty else { return [first] }
        let signatures = candidates.map { instant in rules.map { $0.availability?.isOpen(at: instant) ?? false } }
        var wanted = Set<Int>()  // 2 × rule + (open ? 1 : 0)
        for signature in signatures { for (rule, open) in signature.enumerated() { wanted.insert(2 * rule + (open ? 1 : 0)) } }
        var chosen: [Int] = []
        while !wanted.isEmpty {
            let covers = signatures.map { signature in signature.enumerated().count(where: { wanted.contains(2 * $0 + ($1 ? 1 : 0)) }) }
            guard let best = covers.indices.max(by: { covers[$0] < covers[$1] || (covers[$0] == covers[$1] && $0 > $1) }),
                  covers[best] > 0 else { break }
            chosen.append(best)
            for (rule, open) in signatures[best].enumerated() { wanted.remove(2 * rule + (open ? 1 : 0)) }
        }
        return chosen.sorted().map { candidates[$0] }
    }

    /// The escalation rules some script can reach, in the regulation's order.
    static func usedRules(_ compiled: CompiledRegulation) -> [CompiledEscalation] {
        let used = Set(compiled.scripts.flatMap(\.steps).compactMap(\.escalation?.rule))
        return compiled.escalations.filter { used.contains($0.id) }
    }
}
