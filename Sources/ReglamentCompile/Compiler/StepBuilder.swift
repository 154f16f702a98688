import ReglamentCheck
import ReglamentDiagnostics
import ReglamentModel

/// Turns one script's nodes into explicit steps. A node becomes one step,
/// or a chain of them when it captures fields (one step per field, in the
/// order written); its way on (options, `next`, an escalation, an outcome)
/// leaves from the chain's last step. Escalations and outcomes become
/// steps of their own, shared by every node that leads to them.
struct StepBuilder {
    let regulation: Regulation
    let facts: FactTable
    let sourcePaths: SourcePaths
    private let fields: [Identifier: OrderField]
    private let faqByTopic: [Identifier: [String]]
    private let escalations: [Identifier: EscalationRule]

    init(regulation: Regulation, facts: FactTable, sourcePaths: SourcePaths, index: RegulationIndex) {
        self.regulation = regulation
        self.facts = facts
        self.sourcePaths = sourcePaths
        fields = index.orderFields
        escalations = index.escalations
        faqByTopic = Dictionary(grouping: regulation.faq, by: \.topic).mapValues { $0.map(\.id.text) }
    }

    static func escalationStep(_ rule: Identifier) -> String { StepTargets.escalation(rule.text) }
    static func outcomeStep(_ outcome: Outcome) -> String { StepTargets.outcome(outcome) }

    func build(_ script: Script) -> CompiledScript {
        var steps = script.nodes.flatMap(steps(for:))
        let anytime = anytimeExits()
        var rules = Set(script.nodes.flatMap(escalationsNamed(by:)))
        rules.formUnion([anytime.notCovered, anytime.escalate].compactMap { $0 })
        rules.formUnion(offeredRules(in: script))
        rules = withFallbacks(rules)
        var outcomes = Set(script.nodes.flatMap(outcomesNamed(by:)))
        for rule in regulation.escalations where rules.contains(rule.id) {
            steps.append(escalationStep(rule))
            outcomes.formUnion(Self.outcomes(of: rule))
        }
        for outcome in Outcome.allCases where outcomes.contains(outcome) {
            steps.append(outcomeStep(outcome))
        }
        return CompiledScript(
            id: script.id.text,
            title: script.title?.value,
            direction: script.direction.value,
            start: script.start.text,
            anytime: AnytimeExits(
                notCovered: anytime.notCovered.map(Self.escalationStep),
                escalate: anytime.escalate.map(Self.escalationStep)),
            steps: steps,
            confirmation: confirmation(for: script))
    }

    // MARK: - Nodes

    private func steps(for node: ScriptNode) -> [Step] {
        let source = sourcePaths.describe(node.location)
        var chain: [Step] = []
        if node.isConsent {
            chain.append(step(node.id.text, .consent, node, source, line: facts.line(node.say?.value ?? regulation.order.consent.value)))
        } else if let say = node.say {
            chain.append(step(node.id.text, .say, node, source, line: facts.line(say.value)))
        }
        for field in node.capture ?? [] {
            let orderField = fields[field]
            var capture = step(
                chain.isEmpty ? node.id.text : "\(node.id.text)/\(field.text)", .capture, node, source,
                line: facts.line(orderField?.prompt?.value ?? orderField?.label.value ?? field.text))
            capture.field = field.text
            chain.append(capture)
        }
        if chain.isEmpty { chain.append(step(node.id.text, .say, node, source, line: nil)) }
        chain[0].faq = faqEntries(for: node)
        for index in chain.indices.dropLast() { chain[index].next = chain[index + 1].id }

        let last = chain.count - 1
        chain[last].options = (node.options ?? []).compactMap { option in
            target(next: option.next, escalate: option.escalate, outcome: option.outcome?.value)
                .map { Step.Option(label: facts.line(option.label.value).text, target: $0) }
        }
        chain[last].next = target(next: node.next, escalate: node.escalate, outcome: node.outcome?.value)
        return chain
    }

    private func step(_ id: String, _ kind: Step.Kind, _ node: ScriptNode, _ source: String, line: Line?) -> Step {
        Step(id: id, kind: kind, node: node.id.text, source: source, line: line, field: nil, faq: [], options: [],
             next: nil, escalation: nil, outcome: nil, requires: [])
    }

    private func target(next: Identifier?, escalate: Identifier?, outcome: Outcome?) -> String? {
        if let next { return next.text }
        if let escalate { return Self.escalationStep(escalate) }
        if let outcome { return Self.outcomeStep(outcome) }
        return nil
    }

    /// The entries of the node's topics, in the order the FAQ lists them.
    private func faqEntries(for node: ScriptNode) -> [String] {
        let entries = (node.faq ?? []).flatMap { faqByTopic[$0] ?? [] }
        guard (node.faq ?? []).count > 1 else { return entries }
        let order = Dictionary(regulation.faq.enumerated().map { ($1.id.text, $0) }, uniquingKeysWith: { first, _ in first })
        return entries.sorted { order[$0, default: 0] < order[$1, default: 0] }
    }

    private func escalationsNamed(by node: ScriptNode) -> [Identifier] {
        ([node.escalate] + (node.options ?? []).map(\.escalate)).compactMap { $0 }
    }

    private func outcomesNamed(by node: ScriptNode) -> [Outcome] {
        ([node.outcome?.value] + (node.options ?? []).map(\.outcome?.value)).compactMap { $0 }
    }

    // MARK: - Escalations and outcomes

    /// The rule for "not in the regulation", and the one for "escalate";
    /// a `notify` rule is never a place a call goes.
    private func anytimeExits() -> (notCovered: Identifier?, escalate: Identifier?) {
        let rules = regulation.escalations.filter { $0.action.value != .notify }
        let notCovered = rules.first { $0.when.value == .notCovered }?.id
        let general = rules.first { [.any, .ownerRequested, .conflict].contains($0.when.value) }?.id
        return (notCovered, general ?? notCovered)
    }

    /// Rules the runner offers by itself in a script that takes orders: goods
    /// of a class, an order over an amount (not `notify`: those only mail).
    private func offeredRules(in script: Script) -> [Identifier] {
        let takesItems = script.direction.value == .inbound && script.nodes.contains { node in
            (node.capture ?? []).contains { fields[$0]?.type.value == .items }
        }
        guard takesItems else { return [] }
        return regulation.escalations.filter { rule in
            [.productClass, .orderOver].contains(rule.when.value) && rule.action.value != .notify
        }.map(\.id)
    }

    private func withFallbacks(_ rules: Set<Identifier>) -> Set<Identifier> {
        var all = rules
        var pending = Array(rules)
        while let rule = pending.popLast() {
            if let fallback = escalations[rule]?.fallback, all.insert(fallback).inserted {
                pending.append(fallback)
            }
        }
        return all
    }

    private func escalationStep(_ rule: EscalationRule) -> Step {
        var step = Step(
            id: Self.escalationStep(rule.id), kind: .escalation, node: nil, source: sourcePaths.describe(rule.location),
            line: rule.promise.map { facts.line($0.value) }, field: nil, faq: [], options: [], next: nil,
            escalation: nil, outcome: nil, requires: [])
        switch rule.action.value {
        case .transfer:
            step.escalation = EscalationExits(
                rule: rule.id.text,
                answered: Self.outcomeStep(.transfer),
                fallback: rule.fallback.map(Self.escalationStep) ?? Self.outcomeStep(.message))
        case .message:
            step.escalation = EscalationExits(rule: rule.id.text, answered: nil, fallback: nil)
            step.next = Self.outcomeStep(.message)
        case .notify:
            step.escalation = EscalationExits(rule: rule.id.text, answered: nil, fallback: nil)
            step.next = Self.outcomeStep(.closed)
        }
        return step
    }

    /// The outcomes an escalation step can end the call in by itself.
    private static func outcomes(of rule: EscalationRule) -> [Outcome] {
        switch rule.action.value {
        case .transfer: rule.fallback == nil ? [.transfer, .message] : [.transfer]
        case .message: [.message]
        case .notify: [.closed]
        }
    }

    private func outcomeStep(_ outcome: Outcome) -> Step {
        let requires = outcome == .order ? regulation.order.fields.filter(\.isRequired).map(\.id.text) : []
        return Step(
            id: Self.outcomeStep(outcome), kind: .outcome, node: nil, source: sourcePaths.describe(regulation.location),
            line: nil, field: nil, faq: [], options: [], next: nil, escalation: nil, outcome: outcome,
            requires: requires)
    }

    private func confirmation(for script: Script) -> ConfirmationPolicy? {
        guard let rules = regulation.order.confirmation, rules.script == script.id else { return nil }
        return ConfirmationPolicy(
            attempts: rules.attempts.value,
            retryAfterMinutes: rules.retryAfter.value.minutes,
            cancelAfterUnanswered: rules.cancelAfterUnanswered?.value,
            callWithinMinutes: rules.callWithin?.value.minutes,
            noCall: rules.noCall?.value ?? .anyone)
    }
}
