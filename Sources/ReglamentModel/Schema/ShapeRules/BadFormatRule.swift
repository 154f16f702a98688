import ReglamentDiagnostics

/// A scalar that does not parse as its format (`ScalarFormat`); the message
/// is the format's own, sharpened by `TypingSlips` when the slip is a
/// common one (an en dash, full-width digits, a look-alike letter).
public struct BadFormatRule: Rule {
    public static let description = RuleDescription(
        code: "R104", name: "bad-format", severity: .error,
        summary: "A value that does not fit its format: time ranges, time zones, e-mail, phone, postal ranges, money, percentages, ids.",
        triggering: [
            """
            authority:
              compensation_max: ↓500 руб
              discount_max: ↓15 процентов
            """,
            """
            contacts:
              - id: owner
                name: Иван
                phone: ↓123
                email: ↓owner.example.ru
                timezone: ↓Europe/Moskow
                hours: {week: {↓mon-fry: ↓"9-18"}}
            """,
        ],
        nonTriggering: [
            """
            authority:
              compensation_max: 500
              discount_max: 15%
            """,
        ]
    )

    static func diagnostic(_ problem: FormatProblem, in text: String, of format: ScalarFormatInfo, at location: SourceLocation) -> Diagnostic {
        let explained = TypingSlips.explain(problem, in: text, validate: format.validate)
        return description.diagnostic(explained.message, hint: explained.hint, at: location)
    }
}
