import Foundation

/// Whether a callback promised to a client was kept, by the owner's
/// "dealt with" mark: in time (by the end of the contact's hours the
/// promise named), late, not yet due, or broken (not marked by then).
/// A promise without its span (older logs) is due a day after it was given.
public enum PromiseKeeping: String, Sendable, Equatable, CaseIterable {
    case kept
    case late
    case due
    case broken

    /// Nil when the message promised no callback.
    public static func judge(_ message: MessageRecord, followUp: FollowUp?, now: Date) -> PromiseKeeping? {
        guard let deadline = deadline(of: message) else { return nil }
        if let followUp { return followUp.at <= deadline ? .kept : .late }
        return now <= deadline ? .due : .broken
    }

    /// The end of the promised span.
    public static func deadline(of message: MessageRecord) -> Date? {
        if let until = message.content["promise_until"].flatMap({ try? Date($0, strategy: .iso8601) }) { return until }
        if let from = message.content["promise_from"].flatMap({ try? Date($0, strategy: .iso8601) }) { return from.addingTimeInterval(24 * 3600) }
        guard message.content["promise"] != nil else { return nil }
        return message.createdAt.addingTimeInterval(24 * 3600)
    }

    /// Said on the owner's and the auditor's pages.
    public var said: String {
        switch self {
        case .kept: "выполнено вовремя"
        case .late: "выполнено с опозданием"
        case .due: "срок ещё не прошёл"
        case .broken: "нарушено: не перезвонили"
        }
    }
}
