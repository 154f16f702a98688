import ReglamentDiagnostics
import ReglamentModel

public struct ConfirmationScriptCheck: Check {
    public static let description = RuleDescription(
        code: "R410", name: "confirmation-rules", severity: .error,
        summary: "Confirmation calls name an inbound script, or have attempts, retry spacing or auto-cancel out of range.",
        triggering: [
            """
            order:
              consent: Вы согласны на обработку данных?
              fields:
                - {id: full_name, type: full_name, label: ФИО}
                - {id: phone, type: phone, label: Телефон}
              confirmation:
                script: ↓inbound
                attempts: ↓0
                retry_after: 2h
            """,
        ],
        nonTriggering: [
            """
            order:
              consent: Вы согласны на обработку данных?
              fields:
                - {id: full_name, type: full_name, label: ФИО}
                - {id: phone, type: phone, label: Телефон}
              confirmation:
                script: confirm
                attempts: 3
                retry_after: 2h
                cancel_after_unanswered: 3
            scripts:
              - id: inbound
                direction: inbound
                start: greeting
                nodes:
                  - {id: greeting, say: Здравствуйте!, outcome: closed}
              - id: confirm
                direction: outbound
                start: ask
                nodes:
                  - id: ask
                    say: Подтверждаете заказ?
                    options:
                      - {label: Да, outcome: closed}
                      - {label: Нет, outcome: closed}
            """,
        ]
    )

    public init() {}

    public func check(_ regulation: Regulation, index: RegulationIndex) -> [Diagnostic] {
        guard let rules = regulation.order.confirmation else { return [] }
        var problems: [Diagnostic] = []
        if let script = index.scripts[rules.script], script.direction.value != .outbound {
            problems.append(Self.description.diagnostic(
                "confirmation calls use script '\(rules.script)', which is inbound",
                hint: "write an outbound script ('direction: outbound') for confirmation calls", at: rules.script.location
            ))
        }
        if !(1...20).contains(rules.attempts.value) {
            problems.append(Self.description.diagnostic(
                "\(rules.attempts.value) confirmation attempts", hint: "make between 1 and 20 attempts", at: rules.attempts.location
            ))
        }
        if let cancel = rules.cancelAfterUnanswered, !(1...rules.attempts.value).contains(cancel.value) {
            problems.append(Self.description.diagnostic(
                "orders are cancelled after \(cancel.value) unanswered calls, but only \(rules.attempts.value) attempts are made",
                hint: "cancel after at most 'attempts' unanswered calls", at: cancel.location
            ))
        }
        return problems
    }
}
