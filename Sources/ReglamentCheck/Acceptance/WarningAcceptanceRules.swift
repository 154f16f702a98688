import ReglamentDiagnostics
import ReglamentModel

/// `accept:` names a code that cannot be accepted: no rule has it, or the
/// rule reports an error (an error is a wrong promise to a client; it is
/// fixed, never accepted).
public struct UnacceptableCodeRule: Rule {
    public static let description = RuleDescription(
        code: "R110", name: "unacceptable-code", severity: .error,
        summary: "'accept:' names a code that no rule has, or a rule that reports errors (only warnings can be accepted).",
        triggering: [
            """
            delivery:
              methods:
                - id: courier
                  name: Курьер
                  kind: courier
              zones:
                - id: moscow
                  name: Москва
                  timezone: Europe/Moscow
                  postal: ["101000-129999"]
                  accept: {↓R305: "так задумано"}
                  options:
                    - method: courier
                      days: 1-2
                      price: 300
            """,
        ],
        nonTriggering: [
            """
            product_classes:
              - {id: piano, name: Пианино}
            delivery:
              methods:
                - {id: post, name: Почта, kind: post, excludes: [piano]}
              zones:
                - id: far
                  name: Дальний Восток
                  timezone: Asia/Vladivostok
                  postal: ["690000-692999"]
                  accept: {R403: пианино на Дальний Восток не возим — так и говорим}
                  options: [{method: post, days: 7-14, price: 900}]
            """,
        ]
    )
}

/// An `accept:` that no warning under it matches any more: the regulation
/// was fixed (or the warning moved), and a stale acceptance would hide the
/// next one of that rule written there.
public struct UnusedAcceptanceRule: Rule {
    public static let description = RuleDescription(
        code: "R111", name: "unused-acceptance", severity: .warning,
        summary: "'accept:' for a warning that is no longer reported where it is written.",
        triggering: [
            """
            delivery:
              methods:
                - id: courier
                  name: Курьер
                  kind: courier
              zones:
                - id: moscow
                  name: Москва
                  timezone: Europe/Moscow
                  postal: ["101000-129999"]
                  accept: {↓R403: раньше пианино сюда не возили}
                  options:
                    - method: courier
                      days: 1-2
                      price: 300
            """,
        ],
        nonTriggering: UnacceptableCodeRule.description.nonTriggering
    )
}
