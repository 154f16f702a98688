import Foundation
import ReglamentCompile
import ReglamentModel

/// Rules that fire by themselves: an order over an amount, goods of a
/// class with a specialist, and goods no delivery can take. A `notify`
/// rule is recorded and mailed with the outcome while the call goes on; a
/// transfer or a message is offered, and the operator takes it or goes on.
extension CallSession {
    mutating func fireTriggers(now: Date) {
        let order = self.order
        // A rule that is another rule's fallback is reached through it, never fired by itself.
        let fallbacks = Set(compiled.escalations.flatMap { fallbackChain(of: $0) })
        for rule in compiled.escalations where !fired.contains(rule.id) && !fallbacks.contains(rule.id) {
            guard let reason = triggerReason(rule, order: order) else { continue }
            switch rule.action {
            case .notify:
                emit(.notified(rule: rule.id, reason: reason), at: now)
            case .transfer, .message:
                // Offered only where the script can carry it out.
                guard steps[StepTargets.escalation(rule.id)] != nil else { continue }
                emit(.offered(rule: rule.id, reason: reason, kind: .trigger), at: now)
            }
        }
    }

    /// Why `rule` fires for `order` (nil when it does not): goods of its
    /// class, or a total over its amount. Asked when the order changes, and
    /// again when the call ends, so a notification says what was ordered.
    func triggerReason(_ rule: CompiledEscalation, order: OrderDetails) -> String? {
        switch rule.when {
        case .productClass:
            guard let id = rule.productClass, order.classes.contains(id) else { return nil }
            return "В заказе товар класса «\(className(id))»"
        case .orderOver:
            guard let amount = rule.amount.flatMap(Money.init(decimal:)), let total = order.total, total > amount else { return nil }
            return "Заказ на \(compiled.said(total)) — больше \(compiled.said(amount))"
        case .notCovered, .conflict, .returnBeyondLaw, .ownerRequested, .any:
            return nil
        }
    }

    /// The rules a rule falls back to, in turn.
    private func fallbackChain(of rule: CompiledEscalation) -> [String] {
        var chain: [String] = []
        var next = rule.fallback
        while let id = next, !chain.contains(id) {
            chain.append(id)
            next = self.rule(id)?.fallback
        }
        return chain
    }

    /// At a delivery step whose goods no option of the zone can take: the
    /// regulation's route for it (the specialist of a refused class, else
    /// "not in the regulation"), offered instead of a dead end.
    mutating func offerRouteWithoutDelivery(now: Date) {
        guard let zone, order.feasibleDelivery.isEmpty else { return }
        let refused = order.classes.sorted()
        let route = compiled.escalations.first { $0.when == .productClass && refused.contains($0.productClass ?? "") && $0.action != .notify }
            ?? script.anytime.notCovered.flatMap { target in steps[target]?.escalation.flatMap { rule($0.rule) } }
        let goods = refused.map(className).joined(separator: ", ")
        let reason = "Ни один способ доставки в зону «\(zone.name)» не берёт: \(goods.isEmpty ? "эти товары" : goods)"
        guard let route, steps[StepTargets.escalation(route.id)] != nil else { return }
        emit(.offered(rule: route.id, reason: reason, kind: .noDelivery), at: now)
    }

    /// 1 takes the offered rule, 2 goes on without it (for goods no delivery takes: back to the items).
    mutating func answerOffer(_ offer: Offer, _ action: OperatorAction, now: Date) throws(ActionRefusal) {
        switch action {
        case .choose(1):
            try arrive(at: StepTargets.escalation(offer.rule), now: now)
        case .choose(2), .proceed:
            emit(.declined(rule: offer.rule), at: now)
            switch offer.kind {
            case .trigger:
                if offers.isEmpty { try goOnAfterOffers(now: now) }
            case .noDelivery:
                guard let items = trail.last(where: { field(steps[$0]?.field)?.type == .items }) else { return }
                try arrive(at: items, now: now)
            }
        default:
            throw ActionRefusal("1 — \(offerLabels(offer).take), 2 — \(offerLabels(offer).decline)")
        }
    }

    private mutating func goOnAfterOffers(now: Date) throws(ActionRefusal) {
        if step.kind == .capture, !awaitsInput, let next = step.next, step.options.isEmpty { try arrive(at: next, now: now) }
    }

    /// The two ways of an offer, as the operator reads them.
    /// Labels, line and notice all say the same: a transfer while its
    /// contact can pick up (when the rule was offered), else a message to
    /// whoever the fallback sends it to.
    public func offerLabels(_ offer: Offer) -> (take: String, decline: String) {
        let transfer = offerTransfers(offer)
        let rule = rule(offer.rule)
        let receiver = transfer ? rule : rule.flatMap { [$0] + fallbackChain(of: $0).compactMap(self.rule) }?.first { $0.action == .message }
        let who = messageContact(receiver)?.name ?? "владельцу"
        let take = transfer ? "соединить: \(who)" : "передать сообщение: \(who)"
        let decline = offer.kind == .noDelivery ? "изменить состав заказа" : "продолжить оформление"
        return (take, decline)
    }

    /// Whether taking the offer rings its contact now: a transfer rule whose contact is in their hours.
    func offerTransfers(_ offer: Offer) -> Bool {
        guard let rule = rule(offer.rule), rule.action == .transfer,
              let at = events.last(where: { if case .offered = $0.kind { true } else { false } })?.at
        else { return false }
        return rule.availability?.isOpen(at: at) ?? false
    }

    /// What the operator says to offer it.
    func offerLine(_ offer: Offer) -> String {
        let opening = offer.kind == .noDelivery ? "К сожалению, такую доставку в ваш регион мы сами не делаем. " : ""
        return opening + (offerTransfers(offer)
            ? "Могу соединить вас с нашим специалистом по этому вопросу. Соединить?"
            : "Могу передать ваш вопрос нашему специалисту — вам перезвонят. Передать?")
    }

    func className(_ id: String) -> String {
        compiled.productClasses.first { $0.id == id }?.name ?? id
    }
}
