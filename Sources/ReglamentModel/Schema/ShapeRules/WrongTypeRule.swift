import ReglamentDiagnostics

/// A value of the wrong kind for its place in the schema.
public struct WrongTypeRule: Rule {
    public static let description = RuleDescription(
        code: "R102", name: "wrong-type", severity: .error,
        summary: "A value of the wrong kind: a list where a mapping belongs, text where a number belongs.",
        triggering: [
            """
            payment: ↓card
            """,
            """
            reglament: ↓one
            """,
        ],
        nonTriggering: [
            "reglament: 1",
            """
            payment:
              - {id: card, name: Карта}
            """,
        ]
    )

    /// "'payment' must be a list, found 'card'".
    static func diagnostic(_ field: String, expected: String, found: String, at location: SourceLocation) -> Diagnostic {
        description.diagnostic("'\(field)' must be \(expected), found \(found)", at: location)
    }

    /// The regulation passed the shape check yet could not be decoded: a
    /// type the schema and the model disagree on, so our bug; said plainly, with the place.
    static func undecodable(_ error: any Error, at location: SourceLocation) -> Diagnostic {
        description.diagnostic(
            "internal error: the regulation passed the shape check but could not be read (\(error))",
            hint: "please report this with the file", at: location
        )
    }
}
