import ReglamentCompile
import ReglamentModel
import ReglamentWording

extension ScriptView {
    /// A script as numbered steps, in the compiled order; every branch
    /// names the step it leads to by number ("→ шаг 5").
    init(_ script: CompiledScript, context: HandbookContext) {
        let anchor = HandbookContext.anchor("script", script.id)
        var numbers: [String: Int] = [:]
        for (index, step) in script.steps.enumerated() where numbers[step.id] == nil {
            numbers[step.id] = index + 1
        }
        func branch(_ label: String, to target: String) -> StepView.Branch {
            StepView.Branch(
                label: label,
                target: numbers[target].map { "→ шаг \($0)" } ?? "→ \(target)",
                targetAnchor: HandbookContext.anchor("script", script.id, "step", target)
            )
        }
        self.anchor = anchor
        title = script.title ?? script.id
        direction = RussianLabels.direction(script.direction)
        anytime = [
            script.anytime.notCovered.map { "Вопроса нет в регламенте \(branch("", to: $0).target)" },
            script.anytime.escalate.map { "Нужна эскалация \(branch("", to: $0).target)" },
        ].compactMap { $0 }
        confirmation = script.confirmation.map { policy in
            [
                policy.callWithinMinutes.map { "Первый звонок — в течение \(DurationWording.said(minutes: $0, .genitive)) после заказа" },
                "Попыток дозвона: \(policy.attempts), между ними — \(DurationWording.said(minutes: policy.retryAfterMinutes))",
                policy.cancelAfterUnanswered.map { "Заказ отменяется сам после \($0) звонков без ответа" },
            ].compactMap { $0 }
        } ?? []
        steps = script.steps.enumerated().map { index, step in
            let field = step.field.flatMap { context.fields[$0] }
            return StepView(
                anchor: HandbookContext.anchor("script", script.id, "step", step.id),
                number: "\(index + 1).",
                id: step.id,
                kind: RussianLabels.stepKind(step.kind),
                stepLine: step.line.map(SpokenLine.init),
                captureLabel: field?.label ?? step.field,
                // The compiler usually makes the field's prompt the step's line: say it once.
                capturePrompt: field.flatMap { $0.prompt == step.line ? nil : SpokenLine($0.prompt) },
                faqLinks: step.faq.map { id in Self.faqLink(id, context: context) },
                options: step.options.map { branch($0.label, to: $0.target) },
                stepNext: step.next.map { branch("дальше", to: $0) },
                stepEscalation: step.escalation.map { exits in
                    StepView.EscalationBranches(
                        rule: context.escalations[exits.rule].map {
                            "\(exits.rule): \(RussianLabels.escalationAction($0.action)) — \(context.condition(of: $0))"
                        } ?? exits.rule,
                        ruleAnchor: HandbookContext.anchor("escalation", exits.rule),
                        branchAnswered: exits.answered.map { branch("ответили", to: $0) },
                        branchFallback: exits.fallback.map { branch("не ответили или вне часов", to: $0) }
                    )
                },
                stepOutcome: step.outcome.map(RussianLabels.outcome),
                stepRequires: step.requires.isEmpty
                    ? nil : step.requires.map { context.fields[$0]?.label ?? $0 }.joined(separator: ", ")
            )
        }
    }

    /// A step's FAQ look-up names an entry by id (or a topic).
    static func faqLink(_ id: String, context: HandbookContext) -> StepView.FAQLink {
        if let entry = context.compiled.faq.first(where: { $0.id == id }) {
            return StepView.FAQLink(
                anchor: HandbookContext.anchor("faq", entry.id),
                title: entry.questions.first ?? entry.topicTitle
            )
        }
        let title = context.compiled.faq.first { $0.topic == id }?.topicTitle ?? FAQTopicTitle.standard[id] ?? id
        return StepView.FAQLink(anchor: HandbookContext.anchor("faq-topic", id), title: title)
    }
}
