import ReglamentCompile

extension FAQTopic {
    /// The FAQ grouped by topic, topics in the order they first appear.
    static func topics(of faq: [CompiledFAQ], context: HandbookContext) -> [FAQTopic] {
        var order: [String] = []
        var entries: [String: [FAQEntry]] = [:]
        var titles: [String: String] = [:]
        for item in faq {
            if entries[item.topic] == nil { order.append(item.topic) }
            titles[item.topic] = item.topicTitle
            entries[item.topic, default: []].append(FAQEntry(item, context: context))
        }
        return order.map { topic in
            FAQTopic(
                anchor: HandbookContext.anchor("faq-topic", topic),
                title: titles[topic] ?? topic,
                entries: entries[topic] ?? []
            )
        }
    }
}

extension FAQEntry {
    init(_ item: CompiledFAQ, context: HandbookContext) {
        anchor = HandbookContext.anchor("faq", item.id)
        questions = item.questions
        answer = SpokenLine(item.answer)
        // The handbook spells out, zone by zone, what the runner fills in at the call.
        byZone = item.dependsOnZone ? context.compiled.zones.map { zone in
            ZoneAnswerView(
                zone: zone.name, answer: SpokenLine(item.answer.filling(zone.variables())),
                byClass: zone.termsByClass.map {
                    ClassAnswerView(
                        productClass: context.className($0.productClass),
                        answer: SpokenLine(item.answer.filling(zone.variables(for: $0.productClass))))
                }
            )
        } : []
        hasZoneAnswers = !byZone.isEmpty
    }
}

extension EscalationRow {
    init(_ rule: CompiledEscalation, context: HandbookContext) {
        let person = rule.contact.flatMap { context.contacts[$0] }
        anchor = HandbookContext.anchor("escalation", rule.id)
        id = rule.id
        condition = context.condition(of: rule)
        action = RussianLabels.escalationAction(rule.action)
        contact = person.map { "\($0.name) (\(RussianLabels.role($0.role)))" } ?? rule.contact ?? "—"
        let availability = rule.availability ?? person?.availability
        let unreachable = rule.contact == nil ? "—" : "только сообщения"
        hoursOwn = availability.map(context.hoursOwn) ?? unreachable
        hoursCallCenter = availability.map(context.hoursInCallCenterZone) ?? unreachable
        fallback = rule.fallback.map { fallback in
            "→ \(fallback): " + (context.escalations[fallback].map(context.condition) ?? "правило не найдено")
        } ?? "—"
        escalationWhisper = rule.whisper.map(SpokenLine.init)
        escalationPromise = rule.promise.map(SpokenLine.init)
    }
}
