import ReglamentCheck
import ReglamentDiagnostics
import ReglamentModel

/// What a regulation must cover for an outsourced line to work, item by
/// item, each pointing at the text that covers it or saying what to add.
/// Where a check rule already judges an item (the 24/7 route
/// `AroundTheClockCheck`, consent `ConsentOrderCheck`, contacts' hours
/// `TransferContactHoursCheck`…), its diagnostics decide the item, so the
/// audit and `reglament check` never disagree. Diagnostics are found by
/// the rule's type, never by a literal code.
public struct CoverageChecklist: Sendable {
    public let regulation: Regulation
    public let diagnostics: [Diagnostic]

    public init(regulation: Regulation, diagnostics: [Diagnostic]) {
        self.regulation = regulation
        self.diagnostics = diagnostics
    }

    /// The order field types a complete order captures (DESIGN.md: "Order").
    static let orderFieldTypes: [(FieldType, String)] = [
        (.fullName, "ФИО"), (.phone, "телефон"), (.postalIndex, "индекс"), (.address, "адрес"), (.items, "товары"),
        (.payment, "способ оплаты"), (.delivery, "способ доставки"), (.contactChannel, "канал связи"),
    ]

    public var items: [ChecklistItem] {
        [shop(), payment()] + zones() + [geography()] + faqTopics() + [returns(), escalationContacts(), aroundTheClock(), forwarding()]
            + orderFields() + [consent(), authority(), confirmation()] + acceptedWarnings()
    }

    // MARK: - Items

    func shop() -> ChecklistItem {
        let shop = regulation.shop
        let hasHours = !shop.hours.week.lines.isEmpty
        return ChecklistItem(
            id: "shop", title: "Магазин: название, телефон, часовой пояс, часы работы", passed: hasHours,
            location: "\(hasHours ? shop.hours.location : shop.location)",
            hint: hasHours ? nil : "укажите shop.hours.week: например «mon-fri: 09:00-21:00»",
            details: [shop.name.value, "\(shop.timezone.value.identifier)"] + (shop.hours.overrides.map { ["особых дат: \($0.count)"] } ?? []))
    }

    func payment() -> ChecklistItem {
        let methods = regulation.payment
        return ChecklistItem(
            id: "payment", title: "Оплата", passed: !methods.isEmpty, location: methods.first.map { "\($0.location)" } ?? "\(regulation.location)",
            hint: methods.isEmpty ? "добавьте раздел payment: способы оплаты и их лимиты" : nil,
            details: methods.map { $0.name.value + ($0.max.map { " (до \($0.value))" } ?? "") })
    }

    func zones() -> [ChecklistItem] {
        regulation.delivery.zones.map { zone in
            let problem = diagnostic(of: ZoneWithoutOptionsCheck.self, at: zone.location)
            let passed = !zone.options.isEmpty && problem == nil
            return ChecklistItem(
                id: "delivery.zone.\(zone.id.text)", title: "Доставка: зона «\(zone.name.value)»", passed: passed,
                location: "\(zone.options.first?.location ?? zone.location)",
                hint: passed ? nil : (problem?.hint ?? "добавьте options: способ, сроки, цена"),
                details: zone.options.map { "\($0.method.text): \($0.days.value), \($0.price.value)" })
        }
    }

    func geography() -> ChecklistItem {
        let covered = regulation.delivery.zones.flatMap { ($0.postal ?? []).map(\.value) }
        let gaps = PostalGaps.gaps(in: covered)
        let anchor = regulation.delivery.zones.last?.location ?? regulation.delivery.location
        return ChecklistItem(
            id: "delivery.geography", title: "География: индексы без зоны доставки", passed: gaps.isEmpty, location: "\(anchor)",
            hint: gaps.isEmpty ? nil : "добавьте зону для этих индексов (или зону «остальная Россия» с почтой)",
            details: gaps.map(\.description))
    }

    func faqTopics() -> [ChecklistItem] {
        FAQEntry.standardTopics.map { topic in
            let entry = regulation.faq.first { $0.topic.text == topic }
            return ChecklistItem(
                id: "faq.\(topic)", title: "FAQ: \(FAQTopicTitle.title(of: topic, in: regulation.faq))", passed: entry != nil,
                location: entry.map { "\($0.location)" } ?? regulation.faq.first.map { "\($0.location)" },
                hint: entry == nil ? "добавьте ответ с topic: \(topic)" : nil)
        }
    }

    func returns() -> ChecklistItem {
        let answer = regulation.faq.first { $0.topic.text == "returns" }
        let rule = regulation.escalations.first { $0.when.value == .returnBeyondLaw }
        let passed = answer != nil && rule != nil
        let hint: String? = switch (answer, rule) {
        case (nil, _): "добавьте в FAQ условия возврата (topic: returns)"
        case (_, nil): "добавьте эскалацию для возвратов сверх закона: when: return_beyond_law"
        default: nil
        }
        return ChecklistItem(
            id: "returns", title: "Политика возврата и эскалация сверх закона", passed: passed,
            location: (rule?.location ?? answer?.location).map { "\($0)" } ?? "\(regulation.location)", hint: hint)
    }

    func escalationContacts() -> ChecklistItem {
        let targets = Set(regulation.escalations.filter { $0.action.value == .transfer }.compactMap(\.to))
        let contacts = regulation.contacts.filter { targets.contains($0.id) }
        let lacking = contacts.first { $0.hours == nil || $0.timezone == nil || $0.phone == nil }
            ?? contacts.first { diagnostic(of: TransferContactHoursCheck.self, at: $0.location) != nil }
        return ChecklistItem(
            id: "escalation.contacts", title: "Контакты для эскалации с часами работы", passed: !contacts.isEmpty && lacking == nil,
            location: "\((lacking ?? contacts.first)?.location ?? regulation.location)",
            hint: contacts.isEmpty ? "добавьте контакт (владелец, специалист) и правило перевода на него"
                : lacking.map { "у контакта «\($0.id.text)» укажите телефон, timezone и hours" },
            details: contacts.map { "\($0.name.value)" + ($0.timezone.map { " (\($0.value.identifier))" } ?? "") })
    }

    func aroundTheClock() -> ChecklistItem {
        let rule = regulation.escalations.first { $0.when.value == .notCovered } ?? regulation.escalations.first { $0.when.value == .any }
        let problem = diagnostic(of: AroundTheClockCheck.self)
        return ChecklistItem(
            id: "escalation.around-the-clock", title: "Круглосуточный маршрут для вопросов вне регламента",
            passed: rule != nil && problem == nil, location: "\(problem?.location ?? rule?.location ?? regulation.location)",
            hint: problem.map { $0.hint ?? $0.message } ?? (rule == nil ? "добавьте правило with when: not_covered" : nil),
            details: problem.map { [$0.message] } ?? [])
    }

    func forwarding() -> ChecklistItem {
        let rules = regulation.escalations.filter { $0.action.value == .message }
        let problem = diagnostic(of: MessageContactEmailCheck.self)
        let recipient = rules.first?.to.flatMap { id in regulation.contacts.first { $0.id == id } }
        return ChecklistItem(
            id: "escalation.forwarding", title: "Адрес для пересылки сообщений", passed: !rules.isEmpty && problem == nil,
            location: "\(problem?.location ?? recipient?.email?.location ?? rules.first?.location ?? regulation.location)",
            hint: problem.map { $0.hint ?? $0.message } ?? (rules.isEmpty ? "добавьте правило с action: message и контактом с e-mail" : nil))
    }

    func orderFields() -> [ChecklistItem] {
        let captured = Dictionary(
            regulation.scripts.flatMap { script in script.nodes.flatMap { node in (node.capture ?? []).map { ($0, node.location) } } },
            uniquingKeysWith: { first, _ in first })
        return Self.orderFieldTypes.map { type, title in
            let field = regulation.order.fields.first { $0.type.value == type }
            let capturedAt = field.flatMap { captured[$0.id] }
            let hint: String? = if field == nil {
                "добавьте в order.fields поле с type: \(type.rawValue)"
            } else if capturedAt == nil {
                "поле «\(field?.id.text ?? "")» не спрашивается ни в одном сценарии: добавьте его в capture"
            } else { nil }
            return ChecklistItem(
                id: "order.field.\(type.rawValue)", title: "Поле заказа: \(title)", passed: hint == nil,
                location: "\(capturedAt ?? field?.location ?? regulation.order.location)", hint: hint)
        }
    }

    func consent() -> ChecklistItem {
        let node = regulation.scripts.lazy.flatMap(\.nodes).first(where: \.isConsent)
        let problem = diagnostic(of: ConsentOrderCheck.self)
        return ChecklistItem(
            id: "order.consent", title: "Согласие на обработку персональных данных", passed: node != nil && problem == nil,
            location: "\(problem?.location ?? node?.location ?? regulation.order.consent.location)",
            hint: problem.map { $0.hint ?? $0.message } ?? (node == nil ? "добавьте шаг с consent: true перед первым личным полем" : nil))
    }

    func authority() -> ChecklistItem {
        let authority = regulation.authority
        let limited = authority?.compensationMax != nil || authority?.discountMax != nil
        return ChecklistItem(
            id: "authority", title: "Полномочия оператора (компенсация, скидка)", passed: limited,
            location: "\(authority?.location ?? regulation.location)",
            hint: limited ? nil : "добавьте authority: compensation_max и/или discount_max",
            details: [authority?.compensationMax.map { "компенсация до \($0.value)" }, authority?.discountMax.map { "скидка до \($0.value)" }].compactMap { $0 })
    }

    func confirmation() -> ChecklistItem {
        let rules = regulation.order.confirmation
        let problem = diagnostic(of: ConfirmationScriptCheck.self)
        return ChecklistItem(
            id: "order.confirmation", title: "Звонок-подтверждение: попытки, интервал, автоотмена",
            passed: rules != nil && problem == nil, location: "\(problem?.location ?? rules?.location ?? regulation.order.location)",
            hint: problem.map { $0.hint ?? $0.message } ?? (rules == nil ? "добавьте order.confirmation: script, attempts, retry_after, cancel_after_unanswered" : nil),
            details: rules.map { ["попыток: \($0.attempts.value)", "интервал: \($0.retryAfter.value)"] + ($0.cancelAfterUnanswered.map { ["автоотмена после \($0.value) без ответа"] } ?? []) } ?? [])
    }

    /// The first diagnostic of `rule`; with `location`, the first at that place.
    private func diagnostic(of rule: any Rule.Type, at location: SourceLocation? = nil) -> Diagnostic? {
        let code = rule.code
        return diagnostics.first { $0.code == code && (location == nil || $0.location == location) }
    }
}
