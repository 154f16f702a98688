import Foundation
import ReglamentCompile

/// How much of a regulation the explorer walked: steps shown, options
/// taken, escalation outcomes met (available or not, answered or not), and
/// the zone × product class pairs that reached an order.
public struct ExplorationCoverage: Sendable, Equatable {
    public var steps: Figure
    public var options: Figure
    public var escalationOutcomes: Figure
    /// Zero of zero when no inbound script takes orders.
    public var zoneClasses: Figure
    /// `script/step` never shown.
    public var missedSteps: [String]
    /// `script/step → label` never taken.
    public var missedOptions: [String]
    /// `script/escalate/rule: available, not answered`… never met.
    public var missedEscalationOutcomes: [String]
    /// `zone × class` (or `zone × no class`) no order reached.
    public var missedZoneClasses: [String]

    public struct Figure: Sendable, Equatable, CustomStringConvertible {
        public var reached: Int
        public var total: Int
        public var isComplete: Bool { reached == total }
        public var description: String {
            total == 0 ? "0/0" : "\(reached)/\(total) (\(Int((Double(reached) / Double(total) * 100).rounded(.down)))%)"
        }
    }
}

/// What the walk has met so far, turned into `ExplorationCoverage` at the end.
struct CoverageTracker {
    let compiled: CompiledRegulation
    /// For each rule: the availabilities the chosen clocks give it.
    let reachableAvailability: [String: Set<Bool>]
    private(set) var steps = Set<String>()
    private(set) var options = Set<String>()
    private(set) var escalations = Set<String>()
    private(set) var zoneClasses = Set<String>()

    init(compiled: CompiledRegulation, clocks: [Date]) {
        self.compiled = compiled
        reachableAvailability = Dictionary(compiled.escalations.map { rule in
            (rule.id, Set(clocks.map { rule.availability?.isOpen(at: $0) ?? false }))
        }, uniquingKeysWith: { first, _ in first })
    }

    /// Takes in the events a move added at `step` of `script`.
    mutating func saw(_ events: ArraySlice<CallEvent>, in script: CompiledScript, at step: String) {
        for event in events {
            switch event.kind {
            case .shown(let shown): steps.insert(Self.key(script.id, shown))
            case .chose(let chosen, let option, _, _): options.insert(Self.key(script.id, chosen, option))
            case .escalated(let escalation, _, _, let available):
                escalations.insert(Self.key(script.id, escalation, available ? "available" : "unavailable"))
            case .transferred(_, let answered): escalations.insert(Self.key(script.id, step, answered ? "answered" : "not answered"))
            default: break
            }
        }
    }

    mutating func orderReached(zone: String?, classes: Set<String>) {
        for productClass in classes.isEmpty ? [String?.none] : classes.sorted().map(Optional.some) {
            zoneClasses.insert(Self.pair(zone ?? "no zone", productClass))
        }
    }

    var coverage: ExplorationCoverage {
        let allSteps = compiled.scripts.flatMap { script in script.steps.map { Self.key(script.id, $0.id) } }
        let allOptions = compiled.scripts.flatMap { script in
            script.steps.flatMap { step in step.options.indices.map { Self.key(script.id, step.id, $0) } }
        }
        let allEscalations: [String] = compiled.scripts.flatMap { script in
            script.steps.compactMap { step in step.escalation.map { (step, $0.rule) } }.flatMap { (step: Step, ruleID: String) -> [String] in
                let rule = compiled.escalations.first { $0.id == ruleID }
                let availability = reachableAvailability[ruleID] ?? [false]
                var outcomes = availability.sorted { !$0 && $1 }.map { Self.key(script.id, step.id, $0 ? "available" : "unavailable") }
                if let rule, ExplorationKinds.isTransfer(rule), availability.contains(true) {
                    outcomes += ["answered", "not answered"].map { Self.key(script.id, step.id, $0) }
                }
                return outcomes
            }
        }
        let takesOrders = compiled.scripts.contains { script in
            ExplorationKinds.isInbound(script) && script.steps.contains { ExplorationKinds.isOrder($0.outcome) }
        }
        let classes: [String?] = [nil] + compiled.productClasses.map(\.id)
        let allPairs: [String] = takesOrders ? compiled.zones.flatMap { zone in classes.map { Self.pair(zone.id, $0) } } : []
        return ExplorationCoverage(
            steps: figure(allSteps, steps), options: figure(allOptions, options),
            escalationOutcomes: figure(allEscalations, escalations), zoneClasses: figure(allPairs, zoneClasses),
            missedSteps: allSteps.filter { !steps.contains($0) },
            missedOptions: allOptions.filter { !options.contains($0) }.map(optionName),
            missedEscalationOutcomes: allEscalations.filter { !escalations.contains($0) },
            missedZoneClasses: allPairs.filter { !zoneClasses.contains($0) })
    }

    private func figure(_ all: [String], _ reached: Set<String>) -> ExplorationCoverage.Figure {
        ExplorationCoverage.Figure(reached: all.count(where: reached.contains), total: all.count)
    }

    /// `inbound/ask-intent#2` → `inbound/ask-intent → Где мой заказ`.
    private func optionName(_ key: String) -> String {
        let parts = key.split(separator: "#")
        guard parts.count == 2, let number = Int(parts[1]) else { return key }
        let stepKey = String(parts[0])
        let step = compiled.scripts.lazy.flatMap { script in script.steps.map { (Self.key(script.id, $0.id), $0) } }.first { $0.0 == stepKey }?.1
        return "\(stepKey) → \(step.flatMap { $0.options.indices.contains(number) ? $0.options[number].label : nil } ?? "option \(number + 1)")"
    }

    static func key(_ script: String, _ step: String) -> String { "\(script)/\(step)" }
    static func key(_ script: String, _ step: String, _ option: Int) -> String { "\(script)/\(step)#\(option)" }
    static func key(_ script: String, _ step: String, _ outcome: String) -> String { "\(script)/\(step): \(outcome)" }
    static func pair(_ zone: String, _ productClass: String?) -> String { "\(zone) × \(productClass ?? "no class")" }
}
