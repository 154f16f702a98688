import ReglamentDiagnostics

/// A key the schema does not know. The decoder passes over it, so what the
/// owner meant by it is missing around it: usually a typo.
public struct UnknownKeyRule: Rule {
    public static let description = RuleDescription(
        code: "R101", name: "unknown-key", severity: .error,
        summary: "A key the format does not know, usually a typo; the hint names the nearest known key.",
        triggering: [
            """
            shop:
              id: demo
              name: Демо
              phone: "+7 495 000-00-00"
              timezone: Europe/Moscow
              ↓workhours: {}
              hours: {week: {daily: 24h}}
            """,
        ],
        nonTriggering: [
            """
            shop:
              id: demo
              name: Демо
              phone: "+7 495 000-00-00"
              timezone: Europe/Moscow
              hours: {week: {daily: 24h}}
            """,
        ]
    )

    /// "unknown key 'falback' in 'escalations'", with the nearest known key
    /// when there is one and the keys known here otherwise.
    static func diagnostic(_ key: String, in field: String, closest: String?, known: [String], at location: SourceLocation) -> Diagnostic {
        description.diagnostic(
            "unknown key '\(key)' in '\(field)'",
            hint: closest.map { "did you mean '\($0)'?" } ?? "known keys here: \(known.joined(separator: ", "))",
            at: location
        )
    }

    /// One past `DiagnosticLimit`, counted but never shown: worded as its kind
    /// only, since in a file of 200,000 of them the wording was most of the check's time.
    static func unworded(at location: SourceLocation) -> Diagnostic {
        description.diagnostic("unknown key", at: location)
    }
}
