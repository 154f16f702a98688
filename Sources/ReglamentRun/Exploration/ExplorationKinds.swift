import ReglamentCompile
import ReglamentModel

/// The compiled format's kinds the explorer asks about, in one place.
enum ExplorationKinds {
    static func isOrder(_ outcome: Outcome?) -> Bool { outcome == .order }
    static func isMessage(_ outcome: Outcome?) -> Bool { outcome == .message }
    static func isTransfer(_ rule: CompiledEscalation) -> Bool { rule.action == .transfer }
    static func isInbound(_ script: CompiledScript) -> Bool { script.direction == .inbound }
    /// The kind of mail (`OutboxMail.kind`) an outcome's record is sent as.
    static let orderMail = OwnerMailKind.order, messageMail = OwnerMailKind.message
}
