import ReglamentDiagnostics

/// A required key absent from its mapping, or present with no value.
public struct MissingFieldRule: Rule {
    public static let description = RuleDescription(
        code: "R103", name: "missing-field", severity: .error,
        summary: "A required section or field is missing.",
        triggering: [
            """
            payment:
              - ↓id: card
            """,
        ],
        nonTriggering: [
            """
            payment:
              - id: card
                name: Карта
            """,
        ]
    )

    static func diagnostic(_ key: String, in field: String, at location: SourceLocation) -> Diagnostic {
        description.diagnostic("missing required field '\(key)' in '\(field)'", hint: "add '\(key):' here", at: location)
    }
}
