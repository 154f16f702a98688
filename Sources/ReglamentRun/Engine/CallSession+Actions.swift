import Foundation
import ReglamentCompile
import ReglamentModel

extension CallSession {
    /// Does what the operator asked, or refuses with the reason and changes
    /// nothing. Returns the events it added, for the caller to store.
    ///
    /// Before the step's own ways, three questions of the call come first
    /// when they are open: a rule offered by itself (take it or go on), the
    /// product classes of the items just typed, and the client's city for a
    /// promise. Notes, escalation and "not in the regulation" stay open always.
    @discardableResult
    public mutating func perform(_ action: OperatorAction, at now: Date) throws(ActionRefusal) -> [CallEvent] {
        guard !isOver else { throw ActionRefusal("Звонок уже завершён") }
        let before = events.count
        if !Self.alwaysOpen(action) {
            if let offer = offers.first {
                try answerOffer(offer, action, now: now)
                return Array(events[before...])
            }
            if let pending = pendingClassification {
                try classify(pending, action, now: now)
                return Array(events[before...])
            }
            if awaitsZone {
                try answerZone(action, now: now)
                return Array(events[before...])
            }
        }
        try performOnStep(action, now: now)
        return Array(events[before...])
    }

    private static func alwaysOpen(_ action: OperatorAction) -> Bool {
        switch action {
        case .note, .escalate, .notCovered, .back: true
        case .choose, .input, .proceed, .transferAnswered: false
        }
    }

    private mutating func performOnStep(_ action: OperatorAction, now: Date) throws(ActionRefusal) {
        switch action {
        case .choose(let number) where step.kind == .escalation && escalation?.available == true && transferUnanswered == nil:
            // A warm transfer under way: 1 — the contact answered, 2 — they did not.
            guard number == 1 || number == 2 else { throw ActionRefusal("1 — ответил, 2 — не ответил") }
            try performOnStep(.transferAnswered(number == 1), now: now)
        case .choose(let number) where awaitsInput || (step.kind == .capture && step.field != nil && step.options.isEmpty):
            // A number typed where a value is asked for is that value ("1" for the first payment method),
            // also when the field already holds one (a confirmation call changing the delivery).
            try answer(String(number), now: now)
        case .choose(let number):
            let options = step.options
            guard (1...max(options.count, 1)).contains(number), number <= options.count else {
                throw ActionRefusal(options.isEmpty ? "На этом шаге нет вариантов" : "Выберите от 1 до \(options.count)")
            }
            let option = options[number - 1]
            emit(.chose(step: current, option: number - 1, label: option.label, target: option.target), at: now)
            try arrive(at: option.target, now: now)
        case .input(let text):
            try answer(text, now: now)
        case .proceed where awaitsInput && step.kind == .capture:
            // An optional field may be skipped (stored empty); a required one must be answered.
            guard let fieldID = step.field, let field = field(fieldID), !field.required
            else { throw ActionRefusal("Здесь нужно ввести: \(step.field.map(fieldLabel) ?? "значение")") }
            emit(.captured(step: current, field: fieldID, value: ""), at: now)
            try goOnAfterCapture(now: now)
        case .proceed:
            guard step.options.isEmpty, let next = step.next else {
                throw ActionRefusal(step.options.isEmpty ? "Здесь нужно ввести значение" : "Выберите вариант")
            }
            try arrive(at: next, now: now)
        case .back:
            guard let previous = trail.last else { throw ActionRefusal("Это первый шаг") }
            emit(.back(from: current, to: previous), at: now)
        case .note(let text):
            let note = text.trimmingSpaces
            guard !note.isEmpty else { throw ActionRefusal("Пустая заметка") }
            emit(.note(step: current, text: note), at: now)
        case .escalate:
            guard let exit = script.anytime.escalate else { throw ActionRefusal("В регламенте нет правила эскалации") }
            try arrive(at: exit, now: now)
        case .notCovered:
            guard let exit = script.anytime.notCovered else { throw ActionRefusal("В регламенте нет правила для вопросов вне регламента") }
            try arrive(at: exit, now: now)
        case .transferAnswered(let answered):
            guard step.kind == .escalation, let exits = step.escalation, let pending = escalation, pending.available,
                  let answeredStep = exits.answered, let fallback = exits.fallback
            else { throw ActionRefusal("Здесь нет перевода звонка") }
            emit(.transferred(rule: exits.rule, answered: answered), at: now)
            try arrive(at: answered ? answeredStep : fallback, now: now)
        }
    }

    /// Goes to `target`, doing what arriving there means: checking an
    /// escalation's contact, ending the call at an outcome, saying at a
    /// delivery step that nothing can take the goods.
    mutating func arrive(at target: String, now: Date) throws(ActionRefusal) {
        guard let next = steps[target] else { throw ActionRefusal("Шага '\(target)' нет в сценарии") }
        emit(.shown(step: target), at: now)
        switch next.kind {
        case .escalation:
            try escalate(next, now: now)
        case .outcome:
            try end(at: next, now: now)
        case .capture where field(next.field)?.type == .delivery && fields[next.field ?? ""] == nil:
            offerRouteWithoutDelivery(now: now)
        case .capture, .say, .consent:
            break
        }
    }

    private mutating func escalate(_ step: Step, now: Date) throws(ActionRefusal) {
        guard let exits = step.escalation, let rule = rule(exits.rule) else { return }
        let available = rule.availability?.isOpen(at: now) ?? false
        emit(.escalated(step: step.id, rule: rule.id, contact: rule.contact, available: available), at: now)
        switch rule.action {
        case .transfer:
            // Not available now: straight to the fallback, with no one to ring.
            if !available, let fallback = exits.fallback { try arrive(at: fallback, now: now) }
        case .message, .notify:
            try promiseThenGoOn(now: now)
        }
    }

    /// Ends the call when the outcome has what it needs; a message first
    /// promises a callback and asks for what the call has not captured.
    mutating func end(at step: Step, now: Date) throws(ActionRefusal) {
        guard let outcome = step.outcome else { return }
        switch outcome {
        case .order:
            let missing = step.requires.filter { fields[$0] == nil }
            if !missing.isEmpty {
                throw ActionRefusal("Для заказа не хватает: \(missing.map(fieldLabel).joined(separator: ", "))")
            }
        case .message:
            if promise == nil {
                if awaitsZone { return }
                promiseCallback(rule: escalation?.rule, now: now)
            }
            if nextMessageItem != nil { return }
        case .transfer, .closed:
            break
        }
        emit(.ended(outcome: outcome), at: now)
    }

    private mutating func answer(_ text: String, now: Date) throws(ActionRefusal) {
        if step.kind == .outcome, step.outcome == .message, let item = nextMessageItem {
            let field = item.fieldID
            // Refused like an order field: the reason is logged, never what was typed.
            let accepted = AnswerLength.refusal(text, limit: AnswerLength.limit(for: item)).map { .failure($0) } ?? item.accept(text)
            switch accepted {
            case .success(let value): emit(.captured(step: current, field: field, value: value), at: now)
            case .failure(let refusal):
                emit(.refused(step: current, field: field, reason: refusal.reason), at: now)
                throw refusal
            }
            if nextMessageItem == nil { emit(.ended(outcome: .message), at: now) }
            return
        }
        guard step.kind == .capture, let fieldID = step.field, let field = field(fieldID) else {
            throw ActionRefusal(step.options.isEmpty ? "Здесь нечего вводить" : "Выберите вариант номером")
        }
        let checked = AnswerLength.refusal(text, limit: AnswerLength.limit(for: field.type)).map { .failure($0) }
            ?? validator.validate(text, for: field, in: self)
        switch checked {
        case .success(let value):
            emit(.captured(step: current, field: fieldID, value: value), at: now)
            try goOnAfterCapture(now: now)
        case .failure(let refusal):
            emit(.refused(step: current, field: fieldID, reason: refusal.reason), at: now)
            throw refusal
        }
    }

    /// After a value is stored: its items' classes are asked, the rules it
    /// fires are offered, and only then does the call go on by `next`.
    mutating func goOnAfterCapture(now: Date) throws(ActionRefusal) {
        guard pendingClassification == nil else { return }
        fireTriggers(now: now)
        guard offers.isEmpty else { return }
        if let next = step.next, step.options.isEmpty { try arrive(at: next, now: now) }
    }

    /// Whether the step waits for a typed value: a field not yet captured, or the message form.
    public var awaitsInput: Bool {
        if step.kind == .capture, let field = step.field { return fields[field] == nil }
        return step.kind == .outcome && step.outcome == .message && outcome == nil && nextMessageItem != nil
    }

    /// The message form's next unanswered item, if any: consent first when
    /// the call has not read it, then what the call has not captured.
    public var nextMessageItem: MessageItem? {
        let consentRead = events.contains { event in
            if case .shown(let id) = event.kind { steps[id]?.kind == .consent } else { false }
        }
        return MessageItem.allCases.first { item in
            guard messageItems[item] == nil else { return false }
            switch item {
            case .consent:
                return !consentRead
            case .clientName, .contact:
                // Without consent no personal data is taken: the message goes with the question only.
                if messageItems[.consent] == MessageItem.refused { return false }
                return item.answeringFieldType.flatMap(capturedValue(ofType:)) == nil
            case .question:
                return true
            case .urgency:
                return escalation?.rule.urgency == nil
            }
        }
    }
}
