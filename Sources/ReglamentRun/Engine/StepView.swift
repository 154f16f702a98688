import Foundation
import ReglamentCompile
import ReglamentModel

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
    /// For an escalation: who, whether they can be reached now, and why (hours, a holiday, no answer).
    public var contact: String?
    public var contactAvailable: Bool?
    public var contactStatus: String?
    /// For a warm transfer: the number to put the call through to.
    public var contactPhone: String?
    public var whisper: String?
    /// The call has ended in this outcome.
    public var outcome: Outcome?
    /// FAQ entries the regulation offers at this step.
    public var faq: [String]
    /// For the operator only, never read out: why the runner asks what it asks (a rule that fired by itself).
    public var notice: String?
    /// The answer may name several options (an item's product classes): a digit alone does not choose.
    public var choosesSeveral = false
}

extension CallSession {
    public var view: StepView {
        let step = self.step
        var view = StepView(
            step: step.id, kind: step.kind, number: (script.steps.firstIndex { $0.id == step.id } ?? 0) + 1,
            line: step.line.map { fill($0) }, options: step.options.map(\.label), prompt: nil, rule: nil,
            contact: nil, contactAvailable: nil, contactStatus: nil, contactPhone: nil, whisper: nil, outcome: outcome, faq: step.faq, notice: nil)
        if step.kind == .capture, let field = field(step.field) {
            view.prompt = fill(field.prompt)
            view.rule = field.rule
            if view.line == view.prompt { view.line = nil }
            if awaitsInput { view.options = choices(of: field) }
        }
        if step.kind == .outcome, step.outcome == .message, outcome == nil, let item = nextMessageItem {
            view.prompt = item.prompt(consent: compiled.messageConsentLine.text)
            // The promise is said while the message is taken.
            view.line = events.lazy.reversed().compactMap(\.promisedText).first { !$0.isEmpty }
        }
        if step.kind == .escalation, let pending = escalation {
            let person = contact(pending.rule.contact)
            view.contact = person?.name
            view.contactAvailable = pending.available
            view.contactStatus = transferUnanswered != nil ? "не отвечает" : escalatedAt.map { availabilityNote(of: pending.rule, at: $0) }
            view.whisper = pending.rule.whisper.map { fill($0) }
            if pending.rule.action == .transfer, pending.available, transferUnanswered == nil {
                view.contactPhone = person?.phone
                let name = view.contact ?? "Контакт"
                view.options = ["\(name) ответил(а) — соединяю", "Не ответил(а) — запасной вариант"]
            }
        }
        if awaitsZone {
            // The promise is said once its time is known.
            view.line = nil
            view.prompt = Self.zoneQuestion
            view.options = []
        }
        if let question = classificationQuestion {
            let found = question.guessed.map(className)
            view.prompt = "«\(question.item.name)»: " + (found.isEmpty ? "класс товара не найден." : "класс — \(found.joined(separator: " и ")).")
                + (question.guessed.count == 1 ? " Enter — верно, или другие номера:" : " Номера классов через пробел:")
            view.options = compiled.productClasses.map(\.name)
            view.rule = "0 — ни один; несколько номеров через пробел, если товар относится к нескольким классам"
            view.choosesSeveral = true
        }
        if let offer = offers.first, let at = events.last?.at {
            let labels = offerLabels(offer)
            let rule = rule(offer.rule)
            view.notice = "\(offer.reason). По регламенту предложите клиенту: \(labels.take)"
            view.line = offerLine(offer)
            view.prompt = nil
            view.options = [labels.take.prefix(1).uppercased() + labels.take.dropFirst(), labels.decline.prefix(1).uppercased() + labels.decline.dropFirst()]
            if let rule, let person = contact(rule.contact) {
                view.contact = person.name
                view.contactAvailable = rule.availability?.isOpen(at: at) ?? false
                view.contactStatus = availabilityNote(of: rule, at: at)
            }
        }
        return view
    }

    /// The numbered choices of a field, as the prompt's numbers mean them.
    private func choices(of field: CompiledField) -> [String] {
        switch field.type {
        case .delivery: ChoiceChecks.deliveryChoices(in: self).map(\.label)
        case .payment: order.feasiblePayments.map(\.name)
        case .contactChannel, .choice, .clientKind: field.choices.map(\.label)
        case .fullName, .phone, .email, .postalIndex, .address, .items, .money, .quantity, .text, .date: []
        }
    }

    /// When the escalation under way was tried.
    private var escalatedAt: Date? {
        events.last { if case .escalated = $0.kind { true } else { false } }?.at
    }
}
