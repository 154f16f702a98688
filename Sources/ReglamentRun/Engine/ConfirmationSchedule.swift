import Foundation
import ReglamentCompile

/// When an order's next confirmation call is due, by the regulation's
/// rules: at most `attempts` calls, `retryAfterMinutes` apart, and the
/// order cancelled automatically after `cancelAfterUnanswered` calls nobody
/// answered.
public struct ConfirmationSchedule: Sendable {
    public let policy: ConfirmationPolicy

    public init(policy: ConfirmationPolicy) {
        self.policy = policy
    }

    public enum Decision: Sendable, Equatable {
        /// Call now.
        case due
        /// The next call is not due before this time.
        case notBefore(Date)
        /// Too many calls went unanswered: cancel the order.
        case cancel
        /// The order was confirmed, changed or cancelled already; no more calls.
        case settled(ConfirmationResult)
        /// Every allowed call was made.
        case exhausted
    }

    public func decide(_ attempts: [ConfirmationAttempt], now: Date) -> Decision {
        if let final = attempts.last(where: { $0.result != .noAnswer }) { return .settled(final.result) }
        let unanswered = attempts.count
        if let limit = policy.cancelAfterUnanswered, unanswered >= limit { return .cancel }
        if unanswered >= policy.attempts { return .exhausted }
        guard let last = attempts.last else { return .due }
        let next = last.at.addingTimeInterval(Double(policy.retryAfterMinutes * 60))
        return now >= next ? .due : .notBefore(next)
    }
}
