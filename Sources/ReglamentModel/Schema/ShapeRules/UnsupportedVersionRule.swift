import ReglamentDiagnostics

/// `reglament:` names a format version other than `Regulation.formatVersion`.
public struct UnsupportedVersionRule: Rule {
    public static let description = RuleDescription(
        code: "R108", name: "unsupported-version", severity: .error,
        summary: "The regulation declares a format version this reglament does not read.",
        triggering: ["reglament: ↓2"],
        nonTriggering: ["reglament: 1"]
    )

    static func diagnostic(_ version: Int, at location: SourceLocation) -> Diagnostic {
        description.diagnostic(
            "regulation format version \(version) is not supported",
            hint: "this version of reglament reads format version \(Regulation.formatVersion): write 'reglament: \(Regulation.formatVersion)'",
            at: location
        )
    }
}
