import Foundation
import ReglamentCompile
import ReglamentModel

/// One exploration under way: the breadth-first walk of every script at
/// every clock, what it has covered and what it has found. Breadth first,
/// so the first failing path found is a shortest one.
///
/// Not every combination of every value is walked: a call state reached
/// twice is walked on once, and of the values of a field that changes
/// nothing later (a name, a contact channel) each is tried and one is
/// walked on in full; the others go on by the straight way (the first way
/// on at every step), so the lines they fill are still said. The values
/// that change what comes later — the zone, the goods' classes, the total,
/// delivery and payment — are walked in every combination. A step shown
/// again on a path (a loop) is walked on by the straight way, and a path
/// stops when it would show a step more than `visitsPerStep` times.
struct ExplorationWalk {
    let compiled: CompiledRegulation
    let mailer: any OutcomeMailComposing
    let limits: ScriptExplorer.Limits
    let clocks: [Date]
    let inspector: LineInspector
    let validator = FieldValidator()
    let faqSearch: FAQSearch
    private(set) var coverage: CoverageTracker
    private(set) var paths = ExplorationReport.PathCounts()
    var linesRendered = 0
    var failures: [ExplorationFailure] = []
    var failureKeys = Set<String>()
    /// Template and text said → its problems: most lines are said the same on many paths.
    var inspectedLines: [String: [LineInspector.Problem]] = [:]
    /// An order an inbound call took: outbound scripts confirm it.
    var sampleOrder: OrderRecord?
    /// `script/step` of every order outcome a path ended at, and the first path that came to one and was refused.
    private var ordersReached = Set<String>()
    /// Which mails an outcome produced, by what decides whether there is one to send (see `mailKinds`).
    private var mailsByRecipient: [String: [OwnerMailKind]] = [:]
    private var ordersRefused: [String: Node] = [:]

    init(compiled: CompiledRegulation, mailer: any OutcomeMailComposing, limits: ScriptExplorer.Limits, clocks: [Date]) {
        self.compiled = compiled
        self.mailer = mailer
        self.limits = limits
        self.clocks = clocks
        inspector = LineInspector(compiled: compiled)
        faqSearch = FAQSearch(compiled.faq)
        coverage = CoverageTracker(compiled: compiled, clocks: clocks)
    }

    /// A call state on the walk, and how it was reached.
    struct Node {
        var session: CallSession
        var moves: [FailingPath.Move]
        /// Times each step was shown on this path.
        var visits: [String: Int]
        /// Whether every way on is walked from here, or only the straight one.
        var branching: Bool
        let clock: Date
        /// The refusal that left the call here: the engine went on to this step, then refused (an order missing fields).
        var refusedOnArrival: String? = nil
    }

    /// A way on from a step, as the operator types it.
    struct Way {
        enum Kind {
            case option
            case value(shapesTheCall: Bool)
            /// "Not in the regulation" or "escalate", there at every step.
            case exit
        }

        var typed: String
        var kind: Kind
        var isExit: Bool { if case .exit = kind { true } else { false } }
    }

    mutating func run() {
        // Inbound first: their orders are what outbound calls confirm.
        let scripts = compiled.scripts.filter(ExplorationKinds.isInbound) + compiled.scripts.filter { !ExplorationKinds.isInbound($0) }
        for clock in clocks {
            for script in scripts where !paths.capped { walk(script, at: clock) }
        }
        for script in compiled.scripts {
            for step in script.steps where ExplorationKinds.isOrder(step.outcome) {
                let key = CoverageTracker.key(script.id, step.id)
                guard !ordersReached.contains(key) else { continue }
                let tried = ordersRefused[key]
                fail(.unreachableOrder, script: script, step: step.id,
                     detail: tried == nil ? "no path comes to this order outcome" : "every path that comes here is refused",
                     identity: key, at: tried, notes: ["No path ends in this order: the scenario shows the closest one."])
            }
        }
    }

    // MARK: - The walk

    private mutating func walk(_ script: CompiledScript, at clock: Date) {
        let inputs = ExplorationInputs(compiled: compiled, clock: clock)
        let first = start(script, at: clock)
        coverage.saw(first.session.events[...], in: script, at: first.session.current)
        inspect(first, in: script, added: first.session.events.startIndex)
        var queue = [first]
        var head = 0
        var explored: [String: Bool] = [stateKey(first.session): true]
        while head < queue.count {
            if paths.walked >= limits.paths {
                paths.capped = true
                return
            }
            let node = queue[head]
            head += 1
            // Walked nodes are dropped now and then, so the queue holds only the frontier.
            if head > 4096, head * 2 > queue.count {
                queue.removeFirst(head)
                head = 0
            }
            expand(node, in: script, inputs: inputs, queue: &queue, explored: &explored)
        }
    }

    /// The call at its first step, at `clock`; an outbound call confirms the sample order.
    func start(_ script: CompiledScript, at clock: Date) -> Node {
        let prefix = ReferencePrefix.of(shop: compiled.shop.id)
        let outbound = !ExplorationKinds.isInbound(script)
        let record = CallRecord(
            shop: compiled.shop.id, reference: "\(prefix)-0000-001", version: compiled.version, script: script.id,
            operatorName: "Оператор", direction: script.direction, startedAt: clock,
            orderReference: outbound ? sampleOrder?.reference ?? "\(prefix)-0000-000" : nil)
        let session = CallSession.start(
            compiled, script: script, record: record, validator: validator, order: outbound ? sampleOrder : nil, at: clock)
        return Node(session: session, moves: [], visits: [session.current: 1], branching: true, clock: clock)
    }

    private mutating func expand(
        _ node: Node, in script: CompiledScript, inputs: ExplorationInputs, queue: inout [Node], explored: inout [String: Bool]
    ) {
        let ways = self.ways(at: node, in: script, inputs: inputs, withExits: node.branching)
        var refusals: [(typed: String, reason: String)] = []
        var proceeded = false, walkedOn = false, cutOff = false
        var branchedOnValue = false
        for way in ways {
            let (taken, refusal) = take(way, from: node)
            if let refusal {
                refusals.append((way.typed, refusal.reason))
                inspect(refusal.reason, template: nil, where: "refusal", at: taken, step: node.session.current, in: script, refused: refusal.reason)
                // The engine may go on before it refuses (to an order outcome missing fields): the runner keeps that state.
                guard taken.session.current != node.session.current else { continue }
                let arrived = CoverageTracker.key(script.id, taken.session.current)
                if ExplorationKinds.isOrder(taken.session.step.outcome), ordersRefused[arrived] == nil { ordersRefused[arrived] = taken }
            } else if !way.isExit {
                proceeded = true
            }
            var child = taken
            let walksEveryWay: Bool
            switch way.kind {
            // An exit's way on is short (the escalation's outcomes, the message form): walked in full.
            case .option, .exit, .value(shapesTheCall: true): walksEveryWay = true
            case .value(shapesTheCall: false):
                // One value of a field that changes nothing later is walked on in full, the others straight.
                walksEveryWay = !branchedOnValue
                if refusal == nil { branchedOnValue = true }
            }
            child.branching = node.branching && walksEveryWay && child.visits[child.session.current, default: 0] <= 1
            coverage.saw(child.session.events[node.session.events.endIndex...], in: script, at: node.session.current)
            if settle(child, in: script, added: node.session.events.endIndex, queue: &queue, explored: &explored) {
                walkedOn = true
                if !node.branching && refusal == nil { break }
            } else {
                cutOff = true
            }
        }
        if !proceeded, ways.contains(where: { !$0.isExit }) {
            paths.stuck += 1
            let reasons = Array(Set(refusals.map(\.reason))).sorted()
            fail(.deadEnd, script: script, step: node.session.current,
                 detail: (node.refusedOnArrival.map { "the call came here refused («\($0)»), and " } ?? "")
                    + "every way on is refused: " + reasons.map { "«\($0)»" }.joined(separator: "; "),
                 identity: "\(node.session.current)|\(reasons)", at: node,
                 typed: refusals.first.map { [$0.typed] } ?? [], refused: refusals.first.map { [$0.reason] } ?? [])
        } else if !walkedOn, cutOff {
            paths.cut += 1
        }
    }

    /// The call after the operator typed `way`'s text, and the refusal if it was refused.
    func take(_ way: Way, from node: Node) -> (Node, ActionRefusal?) {
        var session = node.session
        var refusal: ActionRefusal?
        do {
            try session.perform(Self.action(way.typed), at: node.clock)
        } catch {
            refusal = error
        }
        var child = node
        child.session = session
        child.refusedOnArrival = refusal != nil && session.current != node.session.current ? refusal?.reason : nil
        let chosen = session.events[node.session.events.endIndex...].lazy.compactMap { event -> String? in
            if case .chose(_, _, let label, _) = event.kind { label } else { nil }
        }.first
        child.moves.append(FailingPath.Move(typed: way.typed, step: node.session.current, option: chosen))
        for case .shown(let step) in session.events[node.session.events.endIndex...].map(\.kind) { child.visits[step, default: 0] += 1 }
        return (child, refusal)
    }

    /// Where a new call state goes: ended, cut at the visit limit, joined to
    /// one already walked, or queued. False when cut.
    private mutating func settle(
        _ child: Node, in script: CompiledScript, added: Int, queue: inout [Node], explored: inout [String: Bool]
    ) -> Bool {
        let shown = child.session.events[added...].compactMap { event -> String? in if case .shown(let step) = event.kind { step } else { nil } }
        if shown.contains(where: { child.visits[$0, default: 0] > limits.visitsPerStep }) { return false }
        let key = stateKey(child.session)
        if let walkedInFull = explored[key], walkedInFull || !child.branching {
            paths.joined += 1
            return true
        }
        inspect(child, in: script, added: added)
        explored[key] = child.branching
        if child.session.isOver {
            paths.ended += 1
            ended(child, in: script)
            return true
        }
        queue.append(child)
        return true
    }

    /// The ways on the operator has at the node's step: the transfer's two
    /// answers, the field's values or the message form's, the options, or
    /// going on; and the two exits every step has.
    func ways(at node: Node, in script: CompiledScript, inputs: ExplorationInputs, withExits: Bool) -> [Way] {
        let session = node.session
        let step = session.step
        var ways: [Way]
        // What the call asks before the step's own ways: an offered rule, the items' classes, the client's city.
        if !session.offers.isEmpty {
            ways = [Way(typed: "1", kind: .option), Way(typed: "2", kind: .option)]
        } else if let question = session.classificationQuestion {
            ways = inputs.classifications(question).map { Way(typed: $0, kind: .value(shapesTheCall: true)) }
        } else if session.awaitsZone {
            ways = inputs.zoneAnswers.map { Way(typed: $0, kind: .value(shapesTheCall: false)) }
        } else if step.kind == .escalation, let pending = session.escalation, pending.available, session.transferUnanswered == nil,
                  ExplorationKinds.isTransfer(pending.rule) {
            ways = [Way(typed: "1", kind: .option), Way(typed: "2", kind: .option)]
        } else if step.kind == .outcome, session.awaitsInput, let item = session.nextMessageItem {
            ways = inputs.answers(for: item).map { Way(typed: $0, kind: .value(shapesTheCall: false)) }
        } else if step.kind == .capture, let field = compiled.fields.first(where: { $0.id == step.field }), session.awaitsInput || step.options.isEmpty {
            let values = inputs.values(for: field, in: session)
            ways = values.map { Way(typed: $0, kind: .value(shapesTheCall: inputs.shapesTheCall(field))) }
            // A value an outbound call brought may also stand as it is.
            if !session.awaitsInput, !values.contains("") { ways.append(Way(typed: "", kind: .option)) }
        } else if !step.options.isEmpty {
            ways = step.options.indices.map { Way(typed: String($0 + 1), kind: .option) }
        } else {
            ways = [Way(typed: "", kind: .option)]
        }
        if withExits, [Step.Kind.say, .consent, .capture].contains(step.kind) { ways += exits(of: script) }
        return ways
    }

    /// "Not in the regulation" (`x`) and "escalate" (`!`), when the script has them (once when they are one rule).
    func exits(of script: CompiledScript) -> [Way] {
        var exits: [Way] = []
        if script.anytime.notCovered != nil { exits.append(Way(typed: "x", kind: .exit)) }
        if let escalate = script.anytime.escalate, escalate != script.anytime.notCovered { exits.append(Way(typed: "!", kind: .exit)) }
        return exits
    }

    /// What the typed text does, read as the runner and scenarios read it.
    static func action(_ typed: String) -> OperatorAction {
        if case .action(let action) = OperatorInput(typed) { return action }
        return .input(typed)
    }

    /// Everything a call's future depends on; two paths in the same state are walked on once.
    func stateKey(_ session: CallSession) -> String {
        var key = session.current + "|" + (session.outcome?.rawValue ?? "")
        for (field, value) in session.fields.sorted(by: { $0.key < $1.key }) { key += "|\(field)=\(value)" }
        for (item, value) in session.messageItems.sorted(by: { $0.key.rawValue < $1.key.rawValue }) { key += "|\(item.rawValue)=\(value)" }
        key += "|zone=\(session.zone?.id ?? "")|asked=\(session.zoneAsked)"
        for (field, classes) in session.itemClasses.sorted(by: { $0.key < $1.key }) { key += "|\(field):\(classes)" }
        key += "|offers=\(session.offers.map(\.rule))|fired=\(session.fired.sorted())"
        if let escalation = session.escalation { key += "|\(escalation.rule.id):\(escalation.available)" }
        if let promise = session.events.last(where: { $0.promisedText != nil })?.promisedText { key += "|promise=\(promise)" }
        return key
    }

    // MARK: - Outcomes

    /// An ended call: its order counted, and its mail checked (d).
    private mutating func ended(_ node: Node, in script: CompiledScript) {
        let session = node.session
        if ExplorationKinds.isOrder(session.outcome) {
            ordersReached.insert(CoverageTracker.key(script.id, session.current))
            if ExplorationKinds.isInbound(script) {
                coverage.orderReached(zone: session.zone?.id, classes: session.order.classes)
                if sampleOrder == nil { sampleOrder = session.orderRecord(at: node.clock) }
            }
        }
        let (order, message) = session.outcomeRecords(at: node.clock)
        guard order != nil || message != nil else { return }
        let mails = mailKinds(for: session, order: order, message: message, at: node.clock)
        var missing: [String] = []
        if order != nil, !mails.contains(ExplorationKinds.orderMail) { missing.append("the order") }
        if let message, !mails.contains(ExplorationKinds.messageMail) {
            missing.append("the message (to \(message.recipient.isEmpty ? "no address" : message.recipient))")
        }
        guard !missing.isEmpty else { return }
        fail(.missingMail, script: script, step: session.current,
             detail: "no mail to the owner for " + missing.joined(separator: " and "),
             identity: "\(session.current)|\(missing)", at: node, notes: ["No mail goes to the owner for this call's outcome."])
    }

    /// The kinds of mail the composer writes for an outcome. Whether a mail
    /// can be sent depends on who it goes to, not on what the call said, so
    /// the composer is asked once per outcome, rule and recipient: composing
    /// every ended path's mail would be most of the walk's time.
    private mutating func mailKinds(for session: CallSession, order: OrderRecord?, message: MessageRecord?, at now: Date) -> [OwnerMailKind] {
        let key = [session.outcome?.rawValue ?? "", order == nil ? "" : "order", message?.rule ?? "", message?.recipient ?? ""].joined(separator: "|")
        if let known = mailsByRecipient[key] { return known }
        let kinds = mailer.mails(for: session.record, order: order, message: message, at: now).map(\.kind)
        mailsByRecipient[key] = kinds
        return kinds
    }
}
