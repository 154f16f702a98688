import ReglamentCompile

/// The compiled format's kinds the explorer asks about, read in this one
/// place: outcomes, escalation actions and script directions are strings
/// today and are becoming enums (field types are read in
/// `ExplorationInputs`).
enum ExplorationKinds {
    static func isOrder(_ outcome: String?) -> Bool { outcome == "order" }
    static func isMessage(_ outcome: String?) -> Bool { outcome == "message" }
    static func isTransfer(_ rule: CompiledEscalation) -> Bool { rule.action == "transfer" }
    static func isInbound(_ script: CompiledScript) -> Bool { script.direction == "inbound" }
    /// The kind of mail (`OutboxMail.kind`) an outcome's record is sent as.
    static let orderMail = "order", messageMail = "message"
}
