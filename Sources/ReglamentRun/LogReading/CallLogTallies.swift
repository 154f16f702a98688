import Foundation
import ReglamentModel

/// What the call log says about a period, already counted: a row per
/// step, option, rule, hour, operator…, plus the few calls the auditor
/// must see by reference. Never a client's name, phone or address to show: only references,
/// operators, step ids and counts, and the operators' own notes, each with
/// the personal values of its call for the audit to hide in it.
public struct CallLogTallies: Sendable, Equatable, Codable {
    public var calls: [CallCount] = []
    public var steps: [StepCount] = []
    public var options: [OptionCount] = []
    public var escalations: [EscalationCount] = []
    public var transfers: [TransferCount] = []
    public var notes: [NoteRecord] = []
    /// Inbound calls that captured a personal field before any consent step was shown.
    public var consentSkipped: [CallReference] = []
    /// Confirmation (outbound) calls that captured order fields again: the order was changed after it was taken.
    public var changedAtConfirmation: [CallReference] = []
    /// Calls with no outcome.
    public var abandoned: [CallReference] = []
    /// Time from a step being shown to the next one, per operator, in tenths of a second.
    public var stepTimes: [StepTimeCount] = []
    public var confirmations: [ConfirmationCount] = []
    /// The shop's mails made in the period, by state.
    public var mail: [MailCount] = []
    /// Those of them with a lost reply after the hand-over, which may have arrived more than once.
    public var uncertainMail: [UncertainMail] = []

    public init() {}

    /// Calls by the shop's day, regulation version, direction, operator and outcome (nil while open).
    public struct CallCount: Sendable, Equatable, Codable {
        public var day: String
        public var version: String
        public var direction: CallDirection
        public var operatorName: String
        public var outcome: Outcome?
        public var count: Int

        public init(day: String, version: String, direction: CallDirection, operatorName: String, outcome: Outcome?, count: Int) {
            self.day = day
            self.version = version
            self.direction = direction
            self.operatorName = operatorName
            self.outcome = outcome
            self.count = count
        }
    }

    /// How many calls reached a step, and how often it was shown in all.
    public struct StepCount: Sendable, Equatable, Codable {
        public var script: String
        public var step: String
        public var calls: Int
        public var shown: Int

        public init(script: String, step: String, calls: Int, shown: Int) {
            self.script = script
            self.step = step
            self.calls = calls
            self.shown = shown
        }
    }

    /// How many calls chose an option (0-based, as logged), and how often in all.
    public struct OptionCount: Sendable, Equatable, Codable {
        public var script: String
        public var step: String
        public var option: Int
        public var calls: Int
        public var chosen: Int

        public init(script: String, step: String, option: Int, calls: Int, chosen: Int) {
            self.script = script
            self.step = step
            self.option = option
            self.calls = calls
            self.chosen = chosen
        }
    }

    /// Escalations tried, by rule, whether the contact was available, and
    /// the shop's day of the week (1 = Monday) and hour.
    public struct EscalationCount: Sendable, Equatable, Codable {
        public var rule: String
        public var available: Bool
        public var weekday: Int
        public var hour: Int
        public var count: Int

        public init(rule: String, available: Bool, weekday: Int, hour: Int, count: Int) {
            self.rule = rule
            self.available = available
            self.weekday = weekday
            self.hour = hour
            self.count = count
        }
    }

    /// Warm transfers by rule and whether the contact picked up.
    public struct TransferCount: Sendable, Equatable, Codable {
        public var rule: String
        public var answered: Bool
        public var count: Int

        public init(rule: String, answered: Bool, count: Int) {
            self.rule = rule
            self.answered = answered
            self.count = count
        }
    }

    /// An off-script note: where it was taken and what the operator wrote.
    public struct NoteRecord: Sendable, Equatable, Codable {
        public var reference: String
        public var script: String
        public var step: String
        public var text: String
        /// The personal data captured anywhere in the note's call (`CallLogQuery.hiddenInNotes`),
        /// before the note or after it: what the audit hides in `text`, never shows.
        public var personalValues: [PersonalValue]

        public init(reference: String, script: String, step: String, text: String, personalValues: [PersonalValue] = []) {
            self.reference = reference
            self.script = script
            self.step = step
            self.text = text
            self.personalValues = personalValues
        }
    }

    /// A value captured in a call, and the field it was captured for.
    public struct PersonalValue: Sendable, Equatable, Hashable, Codable {
        public var field: String
        public var value: String

        public init(field: String, value: String) {
            self.field = field
            self.value = value
        }
    }

    public struct CallReference: Sendable, Equatable, Codable {
        public var reference: String
        public var operatorName: String
        /// For a confirmation call: the order it confirms.
        public var orderReference: String?

        public init(reference: String, operatorName: String, orderReference: String? = nil) {
            self.reference = reference
            self.operatorName = operatorName
            self.orderReference = orderReference
        }
    }

    public struct StepTimeCount: Sendable, Equatable, Codable {
        public var operatorName: String
        public var tenths: Int
        public var count: Int

        public init(operatorName: String, tenths: Int, count: Int) {
            self.operatorName = operatorName
            self.tenths = tenths
            self.count = count
        }
    }

    /// Confirmation attempts of one order, and whether it was cancelled automatically.
    public struct ConfirmationCount: Sendable, Equatable, Codable {
        public var orderReference: String
        public var attempts: Int
        public var unanswered: Int
        public var autoCancelled: Bool
        /// The last attempt's result: confirmed, changed, no_answer, cancelled…
        public var lastResult: String

        public init(orderReference: String, attempts: Int, unanswered: Int, autoCancelled: Bool, lastResult: String) {
            self.orderReference = orderReference
            self.attempts = attempts
            self.unanswered = unanswered
            self.autoCancelled = autoCancelled
            self.lastResult = lastResult
        }
    }

    public struct MailCount: Sendable, Equatable, Codable {
        public var state: DeliveryState
        public var count: Int

        public init(state: DeliveryState, count: Int) {
            self.state = state
            self.count = count
        }
    }

    /// A mail sent again after its reply was lost (`OutboxMail.uncertainHandOvers`).
    public struct UncertainMail: Sendable, Equatable, Codable {
        /// The call's reference, as in the subject.
        public var reference: String
        public var kind: OwnerMailKind
        public var state: DeliveryState
        public var uncertainHandOvers: Int

        public init(reference: String, kind: OwnerMailKind, state: DeliveryState, uncertainHandOvers: Int) {
            self.reference = reference
            self.kind = kind
            self.state = state
            self.uncertainHandOvers = uncertainHandOvers
        }
    }
}
