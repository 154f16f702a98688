import ReglamentDiagnostics
import ReglamentModel

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

/// Sections of a regulation that replace those of `ExampleRegulation.base`.
public struct RuleExample: Sendable, ExpressibleByStringLiteral {
    public let yaml: String

    public init(_ yaml: String) {
        self.yaml = yaml
    }

    public init(stringLiteral yaml: String) {
        self.init(yaml)
    }
}

/// A rule whose problems the shape check finds (see `ShapeValidator`);
/// listed so that its code is documented and its examples tested.
public protocol Rule: Sendable {
    static var description: RuleDescription { get }
}

/// A rule that reads the decoded regulation.
public protocol Check: Rule {
    init()
    func check(_ regulation: Regulation, index: RegulationIndex) -> [Diagnostic]
}

extension Check {
    var description: RuleDescription { Self.description }
}
