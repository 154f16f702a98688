/// What a reporter needs to know of a rule to describe it to tools.
public struct RuleInfo: Sendable, Hashable {
    public var code: String
    /// Kebab-case: `unknown-key`.
    public var name: String
    public var summary: String
    public var severity: Severity

    public init(code: String, name: String, summary: String, severity: Severity) {
        self.code = code
        self.name = name
        self.summary = summary
        self.severity = severity
    }
}
