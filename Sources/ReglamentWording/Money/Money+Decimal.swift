import ReglamentModel

extension Money {
    /// An amount as the compiled regulation stores it: decimal text
    /// ("15000", "99.50", "99.5"); nil for anything else. The same rules as
    /// the regulation's own amounts, so what compiled reads back unchanged.
    public init?(decimal text: String) {
        guard let money = try? Money(parsing: text) else { return nil }
        self = money
    }
}
