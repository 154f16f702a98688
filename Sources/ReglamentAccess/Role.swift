/// What a person may do in Reglament. The call center's admin manages
/// people, shops and grants; an operator takes calls of the shops granted;
/// an owner sees their own shop; an auditor reads the shops granted.
public enum Role: String, CaseIterable, Sendable, Codable {
    case admin
    case `operator`
    case owner
    case auditor

    /// Whether the role works only in the shops granted to the person (all but the admin).
    public var isLimitedToGrants: Bool { self != .admin }
}
