/// A rule reglament reports by its code. Shape rules (`UnknownKeyRule`…)
/// are found while loading, so they live here beside the loader; the rules
/// that read the decoded regulation are `Check`s in ReglamentCheck. Both are
/// listed in `RuleRegistry`, so that each code is documented and its
/// examples tested.
public protocol Rule: Sendable {
    static var description: RuleDescription { get }
}

extension Rule {
    /// The rule's stable code: what other modules look a rule's diagnostics up by, never a literal.
    public static var code: String { description.code }
}
