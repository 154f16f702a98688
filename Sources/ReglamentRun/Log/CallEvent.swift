import Foundation
import ReglamentModel

/// One thing that happened in a call, in the order it happened. The call
/// log is these events, appended one by one and never changed: a call is
/// rebuilt from them after a crash, and the audit counts them.
public struct CallEvent: Codable, Sendable, Equatable {
    /// 1, 2, 3… within the call.
    public var sequence: Int
    public var at: Date
    public var kind: Kind

    public init(sequence: Int, at: Date, kind: Kind) {
        self.sequence = sequence
        self.at = at
        self.kind = kind
    }

    public enum Kind: Codable, Sendable, Equatable {
        /// The operator took the call, on this script.
        case started(script: String, operatorName: String)
        /// A step was shown to the operator.
        case shown(step: String)
        /// The operator chose option `option` (0-based) of `step`.
        case chose(step: String, option: Int, label: String, target: String)
        /// A field was captured, normalised (`value` is what is stored).
        case captured(step: String, field: String, value: String)
        /// An input was refused; the input itself is not kept, only why.
        case refused(step: String, field: String, reason: String)
        /// The operator went back from one step to the one before.
        case back(from: String, to: String)
        /// An off-script note: what the client asked that the regulation does not cover.
        case note(step: String, text: String)
        /// An escalation was tried: was its contact available?
        case escalated(step: String, rule: String, contact: String?, available: Bool)
        /// The outcome of a transfer attempt.
        case transferred(rule: String, answered: Bool)
        /// The callback the operator promised, in the client's and the contact's time.
        /// `from` and `until`: the span the callback is promised in (the contact's
        /// next opening hours), absent in logs written before it was kept.
        case promised(text: String, clientTime: String, contactTime: String, from: Date? = nil, until: Date? = nil)
        /// The operator confirmed or chose the product classes of item `item` (0-based) of an items field.
        case classified(step: String, field: String, item: Int, classes: [String])
        /// A rule that fires by itself (an order over an amount, goods of a class, no feasible delivery)
        /// was offered to the operator, with why.
        case offered(rule: String, reason: String, kind: OfferKind)
        /// The operator went on without the offered rule.
        case declined(rule: String)
        /// A `notify` rule fired: its contact gets a notification mail when the call's outcome is stored.
        case notified(rule: String, reason: String)
        /// The call ended in this outcome: order, message, transfer or closed.
        case ended(outcome: Outcome)
    }
}
