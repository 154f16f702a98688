import Foundation
import ReglamentDiagnostics
import ReglamentModel
import ReglamentWording

/// At every hour the call center answers (around the clock unless
/// `call_center.hours` says otherwise), a question outside the regulation
/// must have somewhere to go: a contact available for a transfer, or a
/// message taken for one.
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
            """
            # Berlin's 10:00-22:00 covers Moscow's evening until midnight in
            # winter only: in summer (CEST) it ends at 23:00 Moscow time.
            contacts:
              - id: owner
                name: Ирина Козлова
                role: owner
                phone: "+7 900 000-00-02"
                email: irina@example.ru
                timezone: Europe/Moscow
                hours:
                  week:
                    daily: "00:00-12:00"
              - id: berlin
                name: Анна Шмидт
                phone: "+7 900 000-00-01"
                timezone: Europe/Berlin
                hours:
                  week:
                    daily: "10:00-22:00"
            escalations:
              - ↓id: transfer-owner
                when: not_covered
                action: transfer
                to: owner
                fallback: transfer-berlin
              - id: transfer-berlin
                when: conflict
                action: transfer
                to: berlin
            """,
            // One more evening hour at the call center than the owner is there.
            """
            call_center:
              timezone: Asia/Novosibirsk
              hours:
                week:
                  mon-fri: "14:00-24:00"
            escalations:
              - ↓id: transfer-owner
                when: not_covered
                action: transfer
                to: owner
                fallback: transfer-owner
            """,
        ],
        nonTriggering: [
            // The call center in Novosibirsk answers 14:00-23:00, the owner's 10:00-19:00 in Moscow.
            """
            call_center:
              timezone: Asia/Novosibirsk
              hours:
                week:
                  mon-fri: "14:00-23:00"
            escalations:
              - id: transfer-owner
                when: not_covered
                action: transfer
                to: owner
                fallback: transfer-owner
              - id: message-owner
                when: conflict
                action: message
                to: owner
            """,
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
        var reach = Reach()
        for rule in entryRules where !reach.always {
            var visited: Set<Identifier> = []
            reach.add(self.reach(rule, index: index, visited: &visited))
        }
        let shopZone = regulation.shop.timezone.value
        // Only the hours the call center answers need somewhere to go.
        let answering = regulation.callCenter?.hours.map {
            Answering(week: LocalWeek($0.week), zone: regulation.callCenterTimeZone.timeZone)
        }
        let gaps = reach.gaps(in: shopZone.timeZone, answering: answering)
        guard !gaps.isNever else { return [] }
        let runs = Weekday.allCases.flatMap { day in
            gaps.hours(on: day).map { "\(day.shortName) \(TimeOfDay(minutes: $0.lowerBound))-\(TimeOfDay(minutes: $0.upperBound))" }
        }
        let shown = runs.prefix(4).joined(separator: ", ")
        return [Self.description.diagnostic(
            "questions outside the regulation have nowhere to go on \(shown)\(runs.count > 4 ? " and \(runs.count - 4) more" : "") (\(shopZone))",
            hint: "end the rule's fallback chain with 'action: message' to a contact with an e-mail",
            at: first.location
        )]
    }

    /// The call center's hours on its own clock.
    private struct Answering {
        var week: LocalWeek
        var zone: TimeZone
    }

    /// When a rule chain can be carried out: at any time (a message), or in
    /// the hours of the contacts it transfers to, each on their own clock.
    private struct Reach {
        var always = false
        var hours: [(week: LocalWeek, zone: TimeZone)] = []

        mutating func add(_ other: Reach) {
            always = always || other.always
            hours += other.hours
        }

        /// The hours of the shop's week when the call center answers and
        /// nobody is reachable, in a January and in a July week: summer time
        /// in a contact's zone, the call center's or the shop's moves their
        /// hours against each other.
        func gaps(in shopZone: TimeZone, answering: Answering?) -> LocalWeek {
            guard !always else { return .never }
            return ReferenceWeek.both.map { monday in
                let unreachable = hours.reduce(LocalWeek.never) { covered, contact in
                    covered.union(contact.week.seen(in: shopZone, from: contact.zone, weekStarting: monday))
                }.complement
                guard let answering else { return unreachable }
                return unreachable.intersection(answering.week.seen(in: shopZone, from: answering.zone, weekStarting: monday))
            }.reduce(LocalWeek.never) { $0.union($1) }
        }
    }

    /// When a rule (with its fallbacks) can be carried out.
    private func reach(_ rule: EscalationRule, index: RegulationIndex, visited: inout Set<Identifier>) -> Reach {
        guard visited.insert(rule.id).inserted, let contactID = rule.to, let contact = index.contacts[contactID] else {
            return Reach()
        }
        var reach = Reach()
        switch rule.action.value {
        case .message, .notify:
            reach.always = contact.email != nil
        case .transfer:
            if let hours = contact.hours, let zone = contact.timezone?.value {
                reach.hours = [(LocalWeek(hours.week), zone.timeZone)]
            }
        }
        if let fallbackID = rule.fallback, let fallback = index.escalations[fallbackID], !reach.always {
            reach.add(self.reach(fallback, index: index, visited: &visited))
        }
        return reach
    }
}
