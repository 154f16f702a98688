import Foundation
import ReglamentCompile
import ReglamentModel
import ReglamentWording

/// The callback a message promises, said in the client's time and naming
/// whose time it is. When the client's zone is unknown the operator is
/// asked for the city or index first (Enter skips: then the shop's time,
/// said as such).
extension CallSession {
    /// A promise is due at this step and the client's time zone is not known yet.
    public var awaitsZone: Bool {
        guard promise == nil, zone == nil, !zoneAsked, outcome == nil else { return false }
        switch step.kind {
        case .escalation: return escalation.map { $0.rule.action != .transfer } ?? false
        case .outcome: return step.outcome == .message
        case .say, .consent, .capture: return false
        }
    }

    /// Whose time a promise is in, said to the client in their own zone.
    static let yourTime = "по вашему времени"

    public static let zoneQuestion = "Из какого города или с каким индексом клиент? Чтобы назвать время по его часам (Enter — назвать по времени магазина)"
    /// What the zone question takes, said when it is given something else.
    static let zoneAnswers = "индекс (6 цифр), город или Enter — по времени магазина"

    mutating func answerZone(_ action: OperatorAction, now: Date) throws(ActionRefusal) {
        switch action {
        case .proceed:
            emit(.captured(step: current, field: Self.callerZone, value: ""), at: now)
        case .input(let text):
            guard let found = zone(named: text) else {
                throw ActionRefusal("«\(text)» нет в зонах регламента: \(Self.zoneAnswers)")
            }
            emit(.captured(step: current, field: Self.callerZone, value: found.id), at: now)
        default:
            // A digit or a key: there is no list to choose from here.
            throw ActionRefusal("здесь нет вариантов на выбор: \(Self.zoneAnswers)")
        }
        if step.kind == .outcome {
            try end(at: step, now: now)
        } else {
            try promiseThenGoOn(now: now)
        }
    }

    /// The zone of a postal index, or of a city or zone name.
    private func zone(named text: String) -> CompiledZone? {
        let digits = text.filter { !$0.isWhitespace }
        if digits.count == 6, digits.allSatisfy(\.isASCIIDigit) { return PostalZones.zone(for: digits, in: compiled) }
        let name = text.trimmingSpaces.lowercased()
        return compiled.zones.first { zone in zone.name.lowercased() == name || zone.cities.contains { $0.lowercased() == name } }
    }

    /// Promises the callback (asking for the zone first when needed), then goes on by the step's `next`.
    mutating func promiseThenGoOn(now: Date) throws(ActionRefusal) {
        guard !awaitsZone else { return }
        promiseCallback(rule: escalation?.rule, now: now)
        if step.kind == .escalation, let next = step.next { try arrive(at: next, now: now) }
    }

    /// The callback the contact's hours allow (the owner's for a message
    /// without a rule), in the client's time (their zone's, else the shop's,
    /// said so) and in the contact's.
    mutating func promiseCallback(rule: CompiledEscalation?, now: Date) {
        let person = messageContact(rule)
        let shopZone = TimeZone(identifier: compiled.shop.timezone) ?? .gmt
        let contactZone = person?.timezone.flatMap(TimeZone.init(identifier:)) ?? shopZone
        let availability = person?.availability ?? compiled.shop.availability
        let when = availability.nextOpening(after: now) ?? now
        let closing = availability.nextClosing(after: when)
        let client: String
        if let zone, let clientZone = TimeZone(identifier: zone.timezone) {
            client = "\(CallbackPromise.phrase(from: when, until: closing, now: now, in: clientZone)) \(Self.yourTime)"
        } else {
            client = "\(CallbackPromise.phrase(from: when, until: closing, now: now, in: shopZone)) \(ZonePhrase.whose(compiled.shop.timezone))"
        }
        let contact = "\(CallbackPromise.phrase(from: when, until: closing, now: now, in: contactZone)) \(ZonePhrase.whose(contactZone.identifier))"
        let text = rule?.promise.map { fill($0, extra: ["callback.client_time": client, "callback.owner_time": contact]) } ?? ""
        emit(.promised(text: text, clientTime: client, contactTime: contact, from: when, until: closing), at: now)
    }

    /// Who a message goes to: the rule's contact, else the owner.
    func messageContact(_ rule: CompiledEscalation?) -> CompiledContact? {
        contact(rule?.contact) ?? compiled.contacts.first { $0.role == .owner }
    }

    /// Whether the rule's contact can be reached now, and why not, as the operator is told it.
    public func availabilityNote(of rule: CompiledEscalation, at instant: Date) -> String {
        guard let person = contact(rule.contact), let availability = rule.availability ?? person.availability else {
            return "принимает только сообщения"
        }
        let whose = ZonePhrase.whose(person.timezone ?? compiled.shop.timezone)
        if let exception = availability.exception(at: instant) {
            let open = availability.isOpen(at: instant)
            return (open ? "на связи; " : "сейчас не на связи: ") + (exception.note ?? "особый график \(exception.dates)")
        }
        let hours = person.hours.map { "часы \(whose): \($0)" } ?? ""
        return availability.isOpen(at: instant) ? "на связи; \(hours)" : "сейчас вне часов; \(hours)"
    }
}
