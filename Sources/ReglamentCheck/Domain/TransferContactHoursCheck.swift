import ReglamentDiagnostics
import ReglamentModel

/// To decide whether a transfer can go through now, the runner needs the
/// contact's hours, time zone and phone.
public struct TransferContactHoursCheck: Check {
    public static let description = RuleDescription(
        code: "R404", name: "transfer-contact-hours", severity: .error,
        summary: "A contact used for transfers has no hours, time zone or phone.",
        triggering: [
            """
            contacts:
              - ↓id: owner
                name: Иван Петров
                email: owner@example.ru
            escalations:
              - id: message-owner
                when: not_covered
                action: message
                to: owner
              - id: transfer-owner
                when: conflict
                action: transfer
                to: owner
                fallback: message-owner
            """,
        ],
        nonTriggering: [
            """
            contacts:
              - id: owner
                name: Иван Петров
                phone: "+7 900 000-00-00"
                email: owner@example.ru
                timezone: Europe/Moscow
                hours: {week: {mon-fri: "10:00-19:00"}}
            escalations:
              - id: message-owner
                when: not_covered
                action: message
                to: owner
              - id: transfer-owner
                when: conflict
                action: transfer
                to: owner
                fallback: message-owner
            """,
        ]
    )

    public init() {}

    public func check(_ regulation: Regulation, index: RegulationIndex) -> [Diagnostic] {
        var reported: Set<Identifier> = []
        var problems: [Diagnostic] = []
        for rule in regulation.escalations where rule.action.value == .transfer {
            guard let id = rule.to, let contact = index.contacts[id], !reported.contains(id) else { continue }
            let missing = [
                contact.hours == nil ? "hours" : nil,
                contact.timezone == nil ? "timezone" : nil,
                contact.phone == nil ? "phone" : nil,
            ].compactMap { $0 }
            guard !missing.isEmpty else { continue }
            reported.insert(id)
            problems.append(Self.description.diagnostic(
                "contact '\(id)' takes transfers (rule '\(rule.id)') but has no \(missing.joined(separator: ", "))",
                hint: "add \(missing.map { "'\($0):'" }.joined(separator: ", ")) so operators know when the transfer can go through",
                at: contact.location,
                related: [RelatedLocation(message: "transfer rule '\(rule.id)'", location: rule.location)]
            ))
        }
        return problems
    }
}
