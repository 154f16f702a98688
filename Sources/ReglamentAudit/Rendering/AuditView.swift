/// The audit as `Templates/audit.html.mustache` reads it: every label and
/// figure already written out in Russian, the charts as inline SVG. The
/// template only lays it out.
///
/// Mustache looks a missing or `nil` name up in the enclosing objects, so
/// every optional field has a name no enclosing type uses.
public struct AuditView: Sendable {
    public var title: String
    public var shopName: String
    public var version: String
    public var source: String
    public var period: String
    public var summary: [Figure]
    public var hasChecklist: Bool
    public var checklistSummary: String
    public var checklist: [ChecklistRow]
    public var outcomeChart: String
    public var hourChart: String
    public var outcomesByVersion: [VersionRow]
    public var transfers: [TransferRow]
    public var scripts: [ScriptSection]
    public var gaps: [GapRow]
    public var escalationRules: [EscalationRow]
    public var fallbacksForUnavailable: Int
    public var compliance: [ComplianceRow]
    public var stepTimes: [StepTimeRow]
    public var confirmation: [Figure]
    public var attemptsRows: [Figure]
    public var mail: [Figure]
    public var uncertainMail: [UncertainMailRow]
    public var hasUncertainMail: Bool

    public struct Figure: Sendable {
        public var label: String
        public var value: String

        public init(label: String, value: String) {
            self.label = label
            self.value = value
        }
    }

    /// What the web workspace shows above the report (nil in files): the period picker and the callbacks promised.
    public var panel: Panel?

    public struct Panel: Sendable {
        public var action: String
        public var from: String
        public var to: String
        /// Callbacks promised in the period, kept, late, due and broken, by the owner's marks.
        public var promises: [Figure]
        /// The references of the messages whose promise was broken or kept late.
        public var unkept: [String]

        public init(action: String, from: String, to: String, promises: [Figure], unkept: [String]) {
            self.action = action
            self.from = from
            self.to = to
            self.promises = promises
            self.unkept = unkept
        }
    }
    public struct ChecklistRow: Sendable {
        public var title: String
        public var passed: Bool
        public var location: String
        public var fix: String
        public var details: String
        public var hasDetails: Bool
    }
    public struct VersionRow: Sendable {
        public var version: String
        public var isCurrent: Bool
        public var order: Int, message: Int, transfer: Int, closed: Int, open: Int, total: Int
    }
    public struct TransferRow: Sendable { public var rule: String; public var answered: Int; public var notAnswered: Int; public var unavailable: Int }
    public struct ScriptSection: Sendable {
        public var id: String
        public var scriptTitle: String
        public var calls: Int
        public var sizeText: String
        public var coverageText: String
        public var flow: String
        public var unusedSteps: String
        public var hasUnusedSteps: Bool
        public var unusedOptions: [String]
        public var hasUnusedOptions: Bool
        public var stepRows: [StepRow]
    }
    public struct StepRow: Sendable { public var number: Int; public var step: String; public var kind: String; public var calls: Int; public var shown: Int; public var unused: Bool }
    public struct GapRow: Sendable { public var count: Int; public var words: String; public var example: String; public var places: String; public var references: String }
    public struct EscalationRow: Sendable { public var rule: String; public var total: Int; public var available: Int; public var unavailable: Int }
    public struct ComplianceRow: Sendable { public var label: String; public var count: Int; public var ok: Bool; public var references: String }
    public struct StepTimeRow: Sendable { public var operatorName: String; public var steps: Int; public var median: String; public var p90: String }
    public struct UncertainMailRow: Sendable { public var reference: String; public var kindName: String; public var doubt: String; public var lostReplies: Int }

    /// How many references a row lists before "и ещё N".
    static let referencesListed = 20
}
