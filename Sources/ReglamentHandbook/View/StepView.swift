/// One step of a script: what to say or ask, and where each choice leads.
public struct StepView: Sendable, Equatable {
    public var anchor: String
    /// "1.", "2."...
    public var number: String
    public var id: String
    public var kind: String
    public var stepLine: SpokenLine?
    /// For a capture: "Имя и фамилия" and its prompt.
    public var captureLabel: String?
    public var capturePrompt: SpokenLine?
    public var faqLinks: [FAQLink]
    public var options: [Branch]
    /// "→ шаг 3" when the step goes on without a choice.
    public var stepNext: Branch?
    public var stepEscalation: EscalationBranches?
    public var stepOutcome: String?
    public var stepRequires: String?

    public struct FAQLink: Sendable, Equatable {
        public var anchor: String
        public var title: String
    }

    public struct Branch: Sendable, Equatable {
        public var label: String
        /// "→ шаг 5".
        public var target: String
        public var targetAnchor: String
    }

    public struct EscalationBranches: Sendable, Equatable {
        public var rule: String
        public var ruleAnchor: String
        public var branchAnswered: Branch?
        public var branchFallback: Branch?
    }
}
