import Foundation
import ReglamentCompile
import ReglamentModel
import ReglamentWording

/// One call walking a compiled script: the state machine the terminal and
/// the web runners drive. It reads only the compiled script.
///
/// The state is a fold of the call's events: `perform` (in
/// `CallSession+Actions.swift`) turns an operator's action into new events
/// and folds them in, and `resume` folds a stored log back into the same
/// state, so a call killed at any step continues where it was with every
/// captured field.
public struct CallSession: Sendable {
    public let compiled: CompiledRegulation
    public let script: CompiledScript
    public let record: CallRecord
    let steps: [String: Step]
    let validator: any FieldValidating

    /// The step the operator is on.
    public internal(set) var current: String
    /// Steps walked to reach `current`, for going back.
    public internal(set) var trail: [String] = []
    /// Captured order fields: id → stored value.
    public internal(set) var fields: [String: String] = [:]
    /// For each items field, each item's product classes once the operator confirmed them (nil before).
    public internal(set) var itemClasses: [String: [[String]?]] = [:]
    /// The message form's answers (see `MessageItem`).
    public internal(set) var messageItems: [MessageItem: String] = [:]
    /// The client's delivery zone, once the postal index (or city) is known.
    public internal(set) var zone: CompiledZone?
    /// The operator was asked for the client's city for a promise and answered or skipped.
    public internal(set) var zoneAsked = false
    public internal(set) var notes: [String] = []
    /// The escalation under way: its rule, and whether its contact was available.
    public internal(set) var escalation: (rule: CompiledEscalation, available: Bool)?
    /// A warm transfer the contact did not pick up.
    public internal(set) var transferUnanswered: String?
    /// The callback promised, in the client's and in the contact's time, each saying whose time it is.
    public internal(set) var promise: (client: String, contact: String)?
    /// When the callback is due: from the contact's next opening to its end (nil in older logs).
    public internal(set) var promiseWindow: (from: Date, until: Date?)?
    /// Rules that fired by themselves and wait for the operator's decision, first first.
    public internal(set) var offers: [Offer] = []
    /// Rules that fired already in this call (offered or notified): each fires once.
    public internal(set) var fired: Set<String> = []
    /// `notify` rules that fired: their mails go out with the outcome, for the order as it ends.
    public internal(set) var notifiedRules: [String] = []
    public internal(set) var outcome: Outcome?
    /// The events of this call, in order.
    public internal(set) var events: [CallEvent] = []

    /// A rule offered to the operator: take it, or go on without it.
    public struct Offer: Sendable, Equatable {
        public var rule: String
        public var reason: String
        public var kind: OfferKind
    }

    /// A new call: its first events are `started`, the caller's postal
    /// index when it is known before the call (it sets the client's zone
    /// and time zone), an outbound call's order fields (the call confirms
    /// them) with their items' classes, and the first step shown.
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
            guard let value = order?.fields[field] else { continue }
            session.emit(.captured(step: script.start, field: field, value: value), at: now)
            for (item, classes) in (order?.itemClasses[field] ?? []).enumerated() {
                session.emit(.classified(step: script.start, field: field, item: item, classes: classes), at: now)
            }
        }
        // The order's triggers fired on the call that took it.
        if order != nil { session.fired = Set(compiled.escalations.map(\.id)) }
        session.emit(.shown(step: script.start), at: now)
        return session
    }

    /// A call rebuilt from its stored events.
    public static func resume(
        _ compiled: CompiledRegulation, script: CompiledScript, record: CallRecord,
        validator: any FieldValidating, events: [CallEvent]
    ) -> CallSession {
        var session = CallSession(compiled: compiled, script: script, record: record, validator: validator)
        if record.direction == .outbound { session.fired = Set(compiled.escalations.map(\.id)) }
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

    /// Event fields for what is known of the caller outside the order form:
    /// the postal index known before the call, and the zone the operator
    /// named for a promise (empty when skipped).
    static let callerPostalIndex = "caller.postal_index"
    static let callerZone = "caller.zone"
    public var isOver: Bool { outcome != nil }

    func field(_ id: String?) -> CompiledField? {
        id.flatMap { id in compiled.fields.first { $0.id == id } }
    }

    func rule(_ id: String) -> CompiledEscalation? {
        compiled.escalations.first { $0.id == id }
    }

    func contact(_ id: String?) -> CompiledContact? {
        id.flatMap { id in compiled.contacts.first { $0.id == id } }
    }

    /// The value of the first captured field of `type` (a skipped field counts as not captured).
    func capturedValue(ofType type: FieldType) -> String? {
        compiled.value(ofType: type, in: fields)
    }

    func fieldLabel(_ id: String) -> String {
        field(id)?.label ?? id
    }

    // MARK: - Events

    mutating func emit(_ kind: CallEvent.Kind, at now: Date) {
        fold(CallEvent(sequence: events.count + 1, at: now, kind: kind))
    }

    /// Applies one event to the state; the only place the state changes.
    mutating func fold(_ event: CallEvent) {
        events.append(event)
        switch event.kind {
        case .started:
            break
        case .shown(let step):
            if step != current { trail.append(current) }
            current = step
            offers = []
            if steps[step]?.kind != .escalation, steps[step]?.kind != .outcome {
                escalation = nil
                transferUnanswered = nil
            }
        case .note(_, let text):
            notes.append(text)
        case .captured(_, let id, let value):
            capture(id, value)
        case .classified(_, let id, let item, let classes):
            if itemClasses[id]?.indices.contains(item) == true { itemClasses[id]?[item] = classes }
        case .back(_, let to):
            // Back returns to a step to do it again: what it captured is asked anew.
            if let id = steps[to]?.field {
                fields[id] = nil
                itemClasses[id] = nil
            }
            trail.removeLast()
            current = to
            offers = []
        case .escalated(_, let ruleID, _, let available):
            if let rule = rule(ruleID) { escalation = (rule, available) }
            // A fallback transfer is a new attempt: the last contact's silence is not this one's.
            transferUnanswered = nil
        case .transferred(let ruleID, let answered):
            transferUnanswered = answered ? nil : ruleID
        case .chose, .refused:
            break
        case .offered(let ruleID, let reason, let kind):
            offers.append(Offer(rule: ruleID, reason: reason, kind: kind))
            fired.insert(ruleID)
        case .declined(let ruleID):
            offers.removeAll { $0.rule == ruleID }
        case .notified(let ruleID, _):
            notifiedRules.append(ruleID)
            fired.insert(ruleID)
        case .promised(_, let client, let contact, let from, let until):
            promise = (client, contact)
            promiseWindow = from.map { ($0, until) }
        case .ended(let outcome):
            self.outcome = outcome
        }
    }

    private mutating func capture(_ id: String, _ value: String) {
        if id == Self.callerPostalIndex {
            zone = PostalZones.zone(for: value, in: compiled)
        } else if id == Self.callerZone {
            zoneAsked = true
            if let found = compiled.zones.first(where: { $0.id == value }) { zone = found }
        } else if id.hasPrefix("message."), let item = MessageItem(rawValue: String(id.dropFirst("message.".count))) {
            messageItems[item] = value
        } else {
            fields[id] = value
            switch field(id)?.type {
            case .postalIndex:
                zone = PostalZones.zone(for: value, in: compiled)
            case .items:
                // Without product classes there is nothing to ask.
                let unsettled: [String]? = compiled.productClasses.isEmpty ? [] : nil
                itemClasses[id] = Array(repeating: unsettled, count: value.isEmpty ? 0 : ItemList.items(in: value).count)
            default:
                break
            }
        }
    }
}

/// Why a rule is offered: it fired by itself, or no delivery can take the goods.
public enum OfferKind: String, Codable, Sendable {
    /// `order_over` or `product_class`: the operator may go on without it.
    case trigger
    /// No delivery option takes the goods: going on means changing the items.
    case noDelivery = "no_delivery"
}

/// Checks and normalises what the operator types for an order field.
public protocol FieldValidating: Sendable {
    /// The value to store, or why the input is refused.
    func validate(_ input: String, for field: CompiledField, in session: CallSession) -> Result<String, ActionRefusal>
}
