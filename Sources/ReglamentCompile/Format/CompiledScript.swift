import ReglamentModel

/// A script as an explicit graph of steps. Every step names where each of
/// its ways leads, by step id; escalations and outcomes are steps too.
public struct CompiledScript: Codable, Sendable, Equatable {
    public var id: String
    public var title: String?
    public var direction: CallDirection
    public var start: String
    /// Ways out available on every step: "not in the regulation" and
    /// "escalate", each the id of an escalation step.
    public var anytime: AnytimeExits
    public var steps: [Step]
    /// Outbound confirmation scripts: when to call again and when to give up.
    public var confirmation: ConfirmationPolicy?
}

public struct AnytimeExits: Codable, Sendable, Equatable {
    public var notCovered: String?
    public var escalate: String?
}

public struct ConfirmationPolicy: Codable, Sendable, Equatable {
    public var attempts: Int
    public var retryAfterMinutes: Int
    /// Unanswered calls after which the order is cancelled automatically.
    public var cancelAfterUnanswered: Int?
    /// How soon after the order the first call is due.
    public var callWithinMinutes: Int?
    /// Who may be confirmed by a text instead of a call.
    public var noCall: NoCallPolicy

    public init(attempts: Int, retryAfterMinutes: Int, cancelAfterUnanswered: Int?, callWithinMinutes: Int?, noCall: NoCallPolicy = .anyone) {
        self.attempts = attempts
        self.retryAfterMinutes = retryAfterMinutes
        self.cancelAfterUnanswered = cancelAfterUnanswered
        self.callWithinMinutes = callWithinMinutes
        self.noCall = noCall
    }
}

public struct Step: Codable, Sendable, Equatable {
    public var id: String
    public var kind: Kind
    /// The node of the regulation this step comes from, and where it is written.
    public var node: String?
    public var source: String
    public var line: Line?
    /// For `capture`: the order field.
    public var field: String?
    /// FAQ entries the operator may look up here.
    public var faq: [String]
    /// The operator's choices; empty when the step goes on by `next`.
    public var options: [Option]
    public var next: String?
    /// For `escalation`: the rule, and where the call goes after it.
    public var escalation: EscalationExits?
    /// For `outcome`: the outcome, and for `order` the fields it requires.
    public var outcome: Outcome?
    public var requires: [String]

    public enum Kind: String, Codable, Sendable, Equatable {
        case say, consent, capture, escalation, outcome
    }

    public struct Option: Codable, Sendable, Equatable {
        public var label: String
        public var target: String
    }
}

/// Where an escalation step leads. A transfer that is answered ends the
/// call as `transfer`; one the contact cannot take (outside their hours,
/// or no answer) goes to `fallback`. A message ends as `message`.
public struct EscalationExits: Codable, Sendable, Equatable {
    public var rule: String
    public var answered: String?
    public var fallback: String?
}
