import ReglamentDiagnostics
import ReglamentModel

/// A backup call center answers around the clock, so at every hour of the
/// week a question outside the regulation must have somewhere to go: a
/// contact available for a transfer, or a message taken for one.
public struct AroundTheClockCheck: Check {
    public static let description = RuleDescription(
        code: "R406", name: "around-the-clock", severity: .error,
        summary: "Hours of the week when a question outside the regulation can neither be transferred to anyone available nor taken as a message.",
        triggering: [
            """
            escalations:
              - ↓id: transfer-owner
                when: not_covered
                action: transfer
                to: owner
                fallback: transfer-owner
            """,
        ],
        nonTriggering: [
            """
            escalations:
              - id: transfer-owner
                when: not_covered
                action: transfer
                to: owner
                fallback: message-owner
              - id: message-owner
                when: conflict
                action: message
                to: owner
            """,
        ]
    )

    public init() {}

    public func check(_ regulation: Regulation, index: RegulationIndex) -> [Diagnostic] {
        let entryRules = regulation.escalations.filter { $0.when.value == .notCovered || $0.when.value == .any }
        guard let first = entryRules.first else {
            return [Self.description.diagnostic(
                "no escalation rule handles questions outside the regulation",
                hint: "add a rule with 'when: not_covered' that takes a message or transfers to someone",
                at: regulation.location
            )]
        }
        var covered = WeekMask.never
        for rule in entryRules {
            var visited: Set<Identifier> = []
            covered = covered.union(reach(rule, index: index, visited: &visited))
        }
        let gaps = WeekMask(slots: covered.slots.map { !$0 })
        guard !gaps.isEmpty else { return [] }
        let shopZone = regulation.shop.timezone.value
        let runs = gaps.runs(in: shopZone)
        let shown = runs.prefix(4).map { "\($0.day.shortName) \($0.start)-\($0.end)" }.joined(separator: ", ")
        return [Self.description.diagnostic(
            "questions outside the regulation have nowhere to go on \(shown)\(runs.count > 4 ? " and \(runs.count - 4) more" : "") (\(shopZone))",
            hint: "end the rule's fallback chain with 'action: message' to a contact with an e-mail",
            at: first.location
        )]
    }

    /// When a rule (with its fallbacks) can be carried out.
    private func reach(_ rule: EscalationRule, index: RegulationIndex, visited: inout Set<Identifier>) -> WeekMask {
        guard visited.insert(rule.id).inserted, let contactID = rule.to, let contact = index.contacts[contactID] else {
            return .never
        }
        var mask = WeekMask.never
        switch rule.action.value {
        case .message, .notify:
            mask = contact.email == nil ? .never : .always
        case .transfer:
            if let hours = contact.hours, let zone = contact.timezone?.value {
                mask = WeekMask(hours, in: zone)
            }
        }
        if let fallbackID = rule.fallback, let fallback = index.escalations[fallbackID], mask != .always {
            mask = mask.union(reach(fallback, index: index, visited: &visited))
        }
        return mask
    }
}
