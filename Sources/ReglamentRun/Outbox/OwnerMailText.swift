/// An owner's mail as the owner reads it, before MIME encodes it: what a
/// scenario's `mail:` expectation is matched against.
public struct OwnerMailText: Sendable, Equatable {
    public var kind: OwnerMailKind
    /// The `notify` rule of a notification.
    public var rule: String?
    /// Bare addresses.
    public var recipients: [String]
    public var subject: String
    /// The plain-text part, as rendered from its template.
    public var text: String

    public init(kind: OwnerMailKind, rule: String? = nil, recipients: [String], subject: String, text: String) {
        self.kind = kind
        self.rule = rule
        self.recipients = recipients
        self.subject = subject
        self.text = text
    }
}
