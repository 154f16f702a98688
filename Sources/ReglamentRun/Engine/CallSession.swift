import Foundation
import ReglamentCompile
import ReglamentModel
import ReglamentWording

/// One call walking a compiled script: the state machine the terminal and
/// the web runners drive. It reads only the compiled script.
///
/// The state is a fold of the call's events: `perform` turns an operator's
/// action into new events and folds them in, and `resume` folds a stored
/// log back into the same state, so a call killed at any step continues
/// where it was with every captured field.
public struct CallSession: Sendable {
    public let compiled: CompiledRegulation
    public let script: CompiledScript
    public let record: CallRecord
    let steps: [String: Step]
    let validator: any FieldValidating

    /// The step the operator is on.
    public private(set) var current: String
    /// Steps walked to reach `current`, for going back.
    public private(set) var trail: [String] = []
    /// Captured order fields: id → stored value.
    public private(set) var fields: [String: String] = [:]
    /// The message form's answers (see `MessageItem`).
    public private(set) var messageItems: [MessageItem: String] = [:]
    /// The client's delivery zone, once the postal index is known.
    public private(set) var zone: CompiledZone?
    public private(set) var notes: [String] = []
    /// The escalation under way: its rule, and whether its contact was available.
    public private(set) var escalation: (rule: CompiledEscalation, available: Bool)?
    /// The callback promised, in the client's and in the contact's time.
    public private(set) var promise: (client: String, contact: String)?
    public private(set) var outcome: String?
    /// The events of this call, in order.
    public private(set) var events: [CallEvent] = []

    /// A new call: its first events are `started`, the caller's postal
    /// index when it is known before the call (it sets the client's zone
    /// and time zone), an outbound call's order fields (the call confirms
    /// them), and the first step shown.
    public static func start(
        _ compiled: CompiledRegulation, script: CompiledScript, record: CallRecord,
        validator: any FieldValidating, order: OrderRecord? = nil, clientPostalIndex: String? = nil, at now: Date
    ) -> CallSession {
        var session = CallSession(compiled: compiled, script: script, record: record, validator: validator)
        session.emit(.started(script: script.id, operatorName: record.operatorName), at: now)
        if let index = clientPostalIndex {
            session.emit(.captured(step: script.start, field: Self.callerPostalIndex, value: index), at: now)
        }
        for field in compiled.fields.map(\.id) {
            if let value = order?.fields[field] { session.emit(.captured(step: script.start, field: field, value: value), at: now) }
        }
        session.emit(.shown(step: script.start), at: now)
        return session
    }

    /// A call rebuilt from its stored events.
    public static func resume(
        _ compiled: CompiledRegulation, script: CompiledScript, record: CallRecord,
        validator: any FieldValidating, events: [CallEvent]
    ) -> CallSession {
        var session = CallSession(compiled: compiled, script: script, record: record, validator: validator)
        for event in events { session.fold(event) }
        return session
    }

    private init(compiled: CompiledRegulation, script: CompiledScript, record: CallRecord, validator: any FieldValidating) {
        self.compiled = compiled
        self.script = script
        self.record = record
        self.validator = validator
        steps = Dictionary(script.steps.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        current = script.start
    }

    public var step: Step { steps[current] ?? script.steps[0] }

    /// The event field that carries a postal index known before the call.
    static let callerPostalIndex = "caller.postal_index"
    public var isOver: Bool { outcome != nil }

    // MARK: - Actions

    /// Does what the operator asked, or refuses with the reason and changes
    /// nothing. Returns the events it added, for the caller to store.
    @discardableResult
    public mutating func perform(_ action: OperatorAction, at now: Date) throws(ActionRefusal) -> [CallEvent] {
        guard !isOver else { throw ActionRefusal("Звонок уже завершён: \(outcome ?? "")") }
        let before = events.count
        switch action {
        case .choose(let number) where step.kind == .escalation && escalation?.available == true:
            // A warm transfer under way: 1 — the contact answered, 2 — they did not.
            guard number == 1 || number == 2 else { throw ActionRefusal("1 — ответил, 2 — не ответил") }
            return try perform(.transferAnswered(number == 1), at: now)
        case .choose(let number) where awaitsInput || (step.kind == .capture && step.field != nil && step.options.isEmpty):
            // A number typed where a value is asked for is that value ("1" for the first payment method),
            // also when the field already holds one (a confirmation call changing the delivery).
            return try perform(.input(String(number)), at: now)
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
            guard let fieldID = step.field, let field = compiled.fields.first(where: { $0.id == fieldID }), !field.required
            else { throw ActionRefusal("Здесь нужно ввести: \(step.field.map(fieldLabel) ?? "значение")") }
            emit(.captured(step: current, field: fieldID, value: ""), at: now)
            if let next = step.next, step.options.isEmpty { try arrive(at: next, now: now) }
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
        return Array(events[before...])
    }

    /// Goes to `target`, doing what arriving there means: checking an
    /// escalation's contact, ending the call at an outcome.
    private mutating func arrive(at target: String, now: Date) throws(ActionRefusal) {
        guard let next = steps[target] else { throw ActionRefusal("Шага '\(target)' нет в сценарии") }
        emit(.shown(step: target), at: now)
        switch next.kind {
        case .escalation:
            try escalate(next, now: now)
        case .outcome:
            try end(at: next, now: now)
        default:
            break
        }
    }

    private mutating func escalate(_ step: Step, now: Date) throws(ActionRefusal) {
        guard let exits = step.escalation, let rule = compiled.escalations.first(where: { $0.id == exits.rule }) else { return }
        let available = rule.availability?.isOpen(at: now) ?? false
        emit(.escalated(step: step.id, rule: rule.id, contact: rule.contact, available: available), at: now)
        if rule.action == "transfer" {
            // Not available now: straight to the fallback, with no one to ring.
            if !available, let fallback = exits.fallback { try arrive(at: fallback, now: now) }
            return
        }
        promiseCallback(for: rule, now: now)
        if let next = step.next { try arrive(at: next, now: now) }
    }

    /// The callback the contact's hours allow, said in the client's time
    /// (their zone's, else the shop's) and in the contact's.
    private mutating func promiseCallback(for rule: CompiledEscalation, now: Date) {
        let contact = rule.contact.flatMap { id in compiled.contacts.first { $0.id == id } }
        let shopZone = TimeZone(identifier: compiled.shop.timezone) ?? .gmt
        let clientZone = zone.flatMap { TimeZone(identifier: $0.timezone) } ?? shopZone
        let contactZone = contact?.timezone.flatMap(TimeZone.init(identifier:)) ?? shopZone
        let when = (contact?.availability ?? compiled.shop.availability).nextOpening(after: now) ?? now
        let client = CallbackPromise.phrase(for: when, now: now, in: clientZone)
        let owner = CallbackPromise.phrase(for: when, now: now, in: contactZone)
        let text = rule.promise.map { fill($0, extra: ["callback.client_time": client, "callback.owner_time": owner]) } ?? ""
        emit(.promised(text: text, clientTime: client, contactTime: owner), at: now)
    }

    /// Ends the call when the outcome has what it needs; a message first
    /// asks for what the call has not captured.
    private mutating func end(at step: Step, now: Date) throws(ActionRefusal) {
        guard let outcome = step.outcome else { return }
        if outcome == "order" {
            let missing = step.requires.filter { fields[$0] == nil }
            if !missing.isEmpty {
                throw ActionRefusal("Для заказа не хватает: \(missing.map(fieldLabel).joined(separator: ", "))")
            }
        }
        if outcome == "message" && nextMessageItem != nil { return }
        emit(.ended(outcome: outcome), at: now)
    }

    private mutating func answer(_ text: String, now: Date) throws(ActionRefusal) {
        if step.kind == .outcome, step.outcome == "message", let item = nextMessageItem {
            switch item.accept(text) {
            case .success(let value): emit(.captured(step: current, field: "message.\(item.rawValue)", value: value), at: now)
            case .failure(let refusal): throw refusal
            }
            if nextMessageItem == nil { emit(.ended(outcome: "message"), at: now) }
            return
        }
        guard step.kind == .capture, let fieldID = step.field, let field = compiled.fields.first(where: { $0.id == fieldID }) else {
            throw ActionRefusal(step.options.isEmpty ? "Здесь нечего вводить" : "Выберите вариант номером")
        }
        switch validator.validate(text, for: field, in: self) {
        case .success(let value):
            emit(.captured(step: current, field: fieldID, value: value), at: now)
            if let next = step.next, step.options.isEmpty { try arrive(at: next, now: now) }
        case .failure(let refusal):
            emit(.refused(step: current, field: fieldID, reason: refusal.reason), at: now)
            throw refusal
        }
    }

    /// Whether the step waits for a typed value: a field not yet captured, or the message form.
    public var awaitsInput: Bool {
        if step.kind == .capture, let field = step.field { return fields[field] == nil }
        return step.kind == .outcome && step.outcome == "message" && outcome == nil && nextMessageItem != nil
    }

    /// The message form's next unanswered item, if any.
    public var nextMessageItem: MessageItem? {
        MessageItem.allCases.first { item in
            messageItems[item] == nil && item.answeringFieldType.flatMap(capturedValue(ofType:)) == nil
        }
    }

    /// The value of the first captured field of `type` (a skipped field counts as not captured).
    func capturedValue(ofType type: String) -> String? {
        compiled.fields.lazy.filter { $0.type == type }.compactMap { self.fields[$0.id] }.first { !$0.isEmpty }
    }

    private func fieldLabel(_ id: String) -> String {
        compiled.fields.first { $0.id == id }?.label ?? id
    }

    // MARK: - Events

    private mutating func emit(_ kind: CallEvent.Kind, at now: Date) {
        fold(CallEvent(sequence: events.count + 1, at: now, kind: kind))
    }

    /// Applies one event to the state; the only place the state changes.
    private mutating func fold(_ event: CallEvent) {
        events.append(event)
        switch event.kind {
        case .started:
            break
        case .shown(let step):
            if step != current { trail.append(current) }
            current = step
            if steps[step]?.kind != .escalation, steps[step]?.kind != .outcome { escalation = nil }
        case .note(_, let text):
            notes.append(text)
        case .captured(_, let field, let value):
            if field == Self.callerPostalIndex {
                zone = PostalZones.zone(for: value, in: compiled)
            } else if field.hasPrefix("message."), let item = MessageItem(rawValue: String(field.dropFirst("message.".count))) {
                messageItems[item] = value
            } else {
                fields[field] = value
                if compiled.fields.first(where: { $0.id == field })?.type == "postal_index" {
                    zone = PostalZones.zone(for: value, in: compiled)
                }
            }
        case .back(_, let to):
            // Back returns to a step to do it again: what it captured is asked anew.
            if let field = steps[to]?.field { fields[field] = nil }
            trail.removeLast()
            current = to
        case .escalated(_, let ruleID, _, let available):
            if let rule = compiled.escalations.first(where: { $0.id == ruleID }) { escalation = (rule, available) }
        case .transferred, .chose, .refused:
            break
        case .promised(_, let client, let contact):
            promise = (client, contact)
        case .ended(let outcome):
            self.outcome = outcome
        }
    }
}

/// Checks and normalises what the operator types for an order field.
public protocol FieldValidating: Sendable {
    /// The value to store, or why the input is refused.
    func validate(_ input: String, for field: CompiledField, in session: CallSession) -> Result<String, ActionRefusal>
}
