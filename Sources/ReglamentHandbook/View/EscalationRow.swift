/// One escalation rule: when, what, to whom, and the fallback.
public struct EscalationRow: Sendable, Equatable {
    public var anchor: String
    public var id: String
    /// When the rule applies: "вопроса нет в регламенте", "заказ дороже 30 000 ₽".
    public var condition: String
    public var action: String
    public var contact: String
    public var hoursOwn: String
    public var hoursCallCenter: String
    /// "→ message-owner (любой случай)" or "—".
    public var fallback: String
    public var escalationWhisper: SpokenLine?
    public var escalationPromise: SpokenLine?
}
