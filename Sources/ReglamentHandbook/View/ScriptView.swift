/// One conversation script, its steps numbered as operators read them.
public struct ScriptView: Sendable, Equatable {
    public var anchor: String
    public var title: String
    public var direction: String
    /// "В любой момент: нет в регламенте → шаг 14".
    public var anytime: [String]
    /// Outbound confirmation: attempts, spacing, auto-cancel.
    public var confirmation: [String]
    public var steps: [StepView]
}
