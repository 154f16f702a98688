import ReglamentDiagnostics

/// What a rule is, with the YAML examples that are both its documentation
/// and its tests (see `RuleExamplesTests`): in a triggering example each
/// `↓` marks where the rule must report, and a non-triggering example must
/// not make it report at all.
public struct RuleDescription: Sendable {
    public let code: String
    /// Kebab-case, as SARIF and docs show it: `overlapping-postal-ranges`.
    public let name: String
    public let severity: Severity
    public let summary: String
    public let triggering: [RuleExample]
    public let nonTriggering: [RuleExample]

    public init(
        code: String,
        name: String,
        severity: Severity,
        summary: String,
        triggering: [RuleExample],
        nonTriggering: [RuleExample]
    ) {
        self.code = code
        self.name = name
        self.severity = severity
        self.summary = summary
        self.triggering = triggering
        self.nonTriggering = nonTriggering
    }

    /// A diagnostic of this rule.
    public func diagnostic(
        _ message: String, hint: String? = nil, at location: SourceLocation, related: [RelatedLocation] = []
    ) -> Diagnostic {
        Diagnostic(code: code, severity: severity, message: message, hint: hint, location: location, related: related)
    }
}
