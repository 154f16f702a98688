import ReglamentCompile

/// What a runner shows for the current step: the line to say with its
/// slots filled, the choices, the field asked for, and the state of an
/// escalation. Built from the session; runners only lay it out.
public struct StepView: Sendable, Equatable {
    public var step: String
    public var kind: Step.Kind
    /// 1-based position of the step in the script, as the handbook numbers it.
    public var number: Int
    public var line: String?
    public var options: [String]
    /// For a capture step or the message form: what to ask, and the rule of a valid answer.
    public var prompt: String?
    public var rule: String?
    /// For an escalation: who, and whether they can be reached now.
    public var contact: String?
    public var contactAvailable: Bool?
    public var whisper: String?
    /// The call has ended in this outcome.
    public var outcome: String?
    /// FAQ entries the regulation offers at this step.
    public var faq: [String]
}

extension CallSession {
    public var view: StepView {
        let step = self.step
        var view = StepView(
            step: step.id, kind: step.kind, number: (script.steps.firstIndex { $0.id == step.id } ?? 0) + 1,
            line: step.line.map { fill($0) }, options: step.options.map(\.label), prompt: nil, rule: nil,
            contact: nil, contactAvailable: nil, whisper: nil, outcome: outcome, faq: step.faq)
        if step.kind == .capture, let field = compiled.fields.first(where: { $0.id == step.field }) {
            view.prompt = fill(field.prompt)
            view.rule = field.rule
            if view.line == view.prompt { view.line = nil }
        }
        if step.kind == .outcome, step.outcome == "message", outcome == nil, let item = nextMessageItem {
            view.prompt = item.prompt
            // The promise is said while the message is taken.
            view.line = events.lazy.reversed().compactMap(\.promisedText).first
        }
        if step.kind == .escalation, let pending = escalation {
            view.contact = compiled.contacts.first { $0.id == pending.rule.contact }?.name
            view.contactAvailable = pending.available
            view.whisper = pending.rule.whisper.map { fill($0) }
            if pending.rule.action == "transfer", pending.available {
                let name = view.contact ?? "Контакт"
                view.options = ["\(name) ответил(а) — соединяю", "Не ответил(а) — запасной вариант"]
            }
        }
        return view
    }
}
