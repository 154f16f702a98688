/// Sections of a regulation that replace those of `ExampleRegulation.base`
/// (in ReglamentCheck, which runs the examples).
public struct RuleExample: Sendable, ExpressibleByStringLiteral {
    public let yaml: String

    public init(_ yaml: String) {
        self.yaml = yaml
    }

    public init(stringLiteral yaml: String) {
        self.init(yaml)
    }
}
