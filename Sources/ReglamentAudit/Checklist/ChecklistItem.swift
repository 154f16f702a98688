/// One thing a regulation must cover, and whether it does: where it is
/// covered (`file:line:col`), or what to write when it is not.
public struct ChecklistItem: Sendable, Equatable, Codable {
    /// Stable: `shop`, `payment`, `delivery.zone.moscow`, `faq.returns`…
    public var id: String
    /// What an auditor reads, in Russian like the handbook.
    public var title: String
    public var passed: Bool
    /// Where the regulation covers it (or where the problem is).
    public var location: String?
    /// For a failed item: what to add or fix.
    public var hint: String?
    /// Specifics: the postal ranges with no zone, the missing topics…
    public var details: [String]

    public init(id: String, title: String, passed: Bool, location: String? = nil, hint: String? = nil, details: [String] = []) {
        self.id = id
        self.title = title
        self.passed = passed
        self.location = location
        self.hint = hint
        self.details = details
    }
}
