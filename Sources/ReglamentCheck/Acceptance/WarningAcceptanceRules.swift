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
            "accept: {↓R305: так задумано}\n",
            "accept: {↓R999: такого правила нет}\n",
        ],
        nonTriggering: UnusedAcceptanceRule.description.nonTriggering
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
            "accept: {↓R403: раньше пианино не возили}\n",
        ],
        nonTriggering: [
            // R403's own example, accepted.
            RuleExample(
                UndeliverableClassCheck.description.triggering[0].yaml.replacingOccurrences(of: "↓", with: "")
                    + "\naccept: {R403: пианино на Дальний Восток не возим — так и говорим}\n"
            ),
        ]
    )
}
