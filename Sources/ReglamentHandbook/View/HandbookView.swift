/// The operator handbook as the templates read it: plain strings, lists
/// and flags, every label, sum, term and hour already written out in
/// Russian. The templates only lay it out.
///
/// Mustache looks a missing or `nil` name up in the enclosing objects, so
/// every optional field has a name no enclosing type uses.
public struct HandbookView: Sendable, Equatable {
    /// "Регламент колл-центра: Уютная лавка".
    public var title: String
    /// The first 12 hex digits of the compiled version; `versionFull` is all of it.
    public var version: String
    public var versionFull: String
    public var sources: [String]
    public var contents: [ContentsEntry]
    public var shop: ShopFacts
    public var contacts: [ContactRow]
    public var payment: [PaymentRow]
    public var productClasses: [ProductClassRow]
    public var delivery: DeliveryTables
    public var order: OrderRules
    public var faqTopics: [FAQTopic]
    public var escalations: [EscalationRow]
    public var authority: AuthorityLimits
    public var scripts: [ScriptView]

    /// One line of the table of contents.
    public struct ContentsEntry: Sendable, Equatable {
        public var anchor: String
        public var title: String
    }
}
