import Foundation
import ReglamentCompile

/// Plays a scenario through the real engine and a real (temporary) call
/// log, and compares how the call ended with what the scenario expects.
public struct ScenarioRunner: Sendable {
    public let compiled: CompiledRegulation
    public let store: any CallStore
    /// Writes the owner's mails, as the runner does; a scenario that expects `mail:` needs it.
    public let mailer: (any OutcomeMailComposing)?

    public init(compiled: CompiledRegulation, store: any CallStore, mailer: (any OutcomeMailComposing)? = nil) {
        self.compiled = compiled
        self.store = store
        self.mailer = mailer
    }

    public struct Outcome: Sendable {
        public var name: String
        public var file: String
        /// Empty when the scenario passed.
        public var failures: [String]
        public var reference: String?
        public var seconds: Double
    }

    public func run(_ scenario: Scenario, file: String) async -> Outcome {
        let started = Date()
        var failures: [String] = []
        var reference: String?
        do {
            let now = scenario.now.date
            let runner = CallRunner(store: store, compiled: compiled, validator: FieldValidator())
            var session = try await runner.begin(
                script: scenario.script, operatorName: scenario.operatorName ?? "Оператор", clientPostalIndex: scenario.postal?.digits, at: now)
            reference = session.record.reference
            var shown = ShownInCall()
            shown.note(session)
            var refusals: [String] = []
            for (index, typed) in scenario.steps.enumerated() {
                if session.isOver {
                    failures.append("step \(index + 1) ('\(typed)'): the call already ended as \(session.outcome?.rawValue ?? "")")
                    break
                }
                switch OperatorInput(typed) {
                case .quit:
                    failures.append("step \(index + 1): 'q' puts a call aside; a scenario plays it to the end")
                case .searchFAQ(let words):
                    shown.said += FAQSearch(compiled.faq).search(words, limit: 1).map { session.fill($0.answer) }
                case .action(let action):
                    if case .failure(let refusal) = try await runner.perform(action, on: &session, at: now) {
                        refusals.append(refusal.reason)
                    }
                }
                shown.note(session)
            }
            failures += check(scenario.expect, session: session, shown: shown, refusals: refusals)
            failures += mailFailures(scenario.expect.mail ?? [], session: session, at: now)
        } catch {
            failures.append("\(error)")
        }
        return Outcome(name: scenario.name, file: file, failures: failures, reference: reference, seconds: Date().timeIntervalSince(started))
    }

    private func check(_ expect: Scenario.Expectation, session: CallSession, shown: ShownInCall, refusals: [String]) -> [String] {
        var failures: [String] = []
        if ScenarioOutcome(session.outcome) != expect.outcome {
            failures.append("outcome: expected \(expect.outcome.rawValue), got \(session.outcome?.rawValue ?? "none (the call did not end, at step \(session.current))")")
        }
        for (field, value) in (expect.fields ?? [:]).sorted(by: { $0.key < $1.key }) where session.fields[field] != value {
            failures.append("field \(field): expected '\(value)', got \(session.fields[field].map { "'\($0)'" } ?? "nothing")")
        }
        // Money is said with no-break spaces ("7 500 ₽"); the owner writes ordinary ones.
        let heard = shown.said.map(Self.plainSpaces)
        for text in expect.said ?? [] where !heard.contains(where: { $0.contains(Self.plainSpaces(text)) }) {
            failures.append("never said: '\(text)'")
        }
        for text in expect.notSaid ?? [] {
            if let line = heard.first(where: { $0.contains(Self.plainSpaces(text)) }) { failures.append("said, but must not be: '\(text)' in «\(line)»") }
        }
        if let whisper = expect.whisper, !shown.whispers.contains(where: { Self.plainSpaces($0).contains(Self.plainSpaces(whisper)) }) {
            failures.append("whisper: expected '\(whisper)', got \(shown.whispers.isEmpty ? "none" : shown.whispers.map { "«\($0)»" }.joined(separator: ", "))")
        }
        for (field, expected) in (expect.offered ?? [:]).sorted(by: { $0.key < $1.key }) {
            failures += Self.offeredFailures(field: field, expected: expected, shown: shown.offered[field])
        }
        let fired = Set(session.events.compactMap { if case .notified(let rule, _) = $0.kind { rule } else { nil } })
        for rule in expect.notified ?? [] where !fired.contains(rule) {
            failures.append("notify rule '\(rule)' did not fire" + (fired.isEmpty ? "" : " (fired: \(fired.sorted().joined(separator: ", ")))"))
        }
        if let rule = expect.escalation {
            let reached = session.events.contains { if case .escalated(_, rule, _, _) = $0.kind { true } else { false } }
            if !reached { failures.append("escalation '\(rule)' was not reached") }
        }
        // The promise names whose time it is ("… по вашему времени"): the expected words are a part of it.
        if let promise = expect.promise, session.promise?.client.contains(promise) != true {
            failures.append("promise: expected '\(promise)', got \(session.promise.map { "'\($0.client)'" } ?? "none")")
        }
        for reason in expect.refused ?? [] where !refusals.contains(where: { $0.contains(reason) }) {
            failures.append("no refusal saying '\(reason)' (refusals: \(refusals))")
        }
        return failures
    }
}

extension ScenarioRunner {
    /// The call's mails, composed as the runner composes them when it stores the outcome.
    private func mailFailures(_ expected: [MailExpectation], session: CallSession, at now: Date) -> [String] {
        guard !expected.isEmpty else { return [] }
        guard let mailer else { return ["mail: this runner writes no mail"] }
        let (order, message) = session.outcomeRecords(at: now)
        let mails = mailer.texts(
            for: session.record, order: order, message: message, notifications: session.notificationRecords(at: now), at: now)
        return expected.flatMap { $0.failures(against: mails) }
    }

    /// All and only the expected choices, each found in one label shown.
    static func offeredFailures(field: String, expected: [String], shown: [String]?) -> [String] {
        guard let shown else { return ["offered: the step capturing '\(field)' was never shown with its choices"] }
        let labels = shown.map(plainSpaces)
        let missing = expected.filter { text in !labels.contains { $0.contains(plainSpaces(text)) } }
        let extra = labels.filter { label in !expected.contains { label.contains(plainSpaces($0)) } }
        guard !missing.isEmpty || !extra.isEmpty else { return [] }
        return ["offered for '\(field)': expected \(expected), shown \(shown)"
            + (missing.isEmpty ? "" : "; missing \(missing)") + (extra.isEmpty ? "" : "; not expected \(extra)")]
    }

    static func plainSpaces(_ text: String) -> String {
        String(text.map { $0 == "\u{00A0}" || $0 == "\u{202F}" ? " " : $0 })
    }
}

/// What the operator saw during a scenario's call, step by step: the lines
/// and prompts (said), the whispers of transfers, and the choices listed at
/// each capture step (the last time it was shown).
struct ShownInCall {
    var said: [String] = []
    var whispers: [String] = []
    var offered: [String: [String]] = [:]

    mutating func note(_ session: CallSession) {
        let view = session.view
        said += [view.line, view.prompt].compactMap { $0 }
        if let whisper = view.whisper { whispers.append(whisper) }
        if view.kind == .capture, view.prompt != nil, !view.options.isEmpty, let field = session.step.field {
            offered[field] = view.options
        }
    }
}
