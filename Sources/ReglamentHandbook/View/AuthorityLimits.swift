/// What operators may decide alone, and what they may not.
public struct AuthorityLimits: Sendable, Equatable {
    public var compensation: String
    public var discount: String
    public var may: [String]
    public var mayNot: [String]
}
