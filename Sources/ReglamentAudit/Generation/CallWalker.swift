import Foundation
import ReglamentRun

/// One operator's hands on the keyboard: what they press at each step.
/// A class, because the confirmation call hands it a session to walk
/// inside a closure, and the random state must carry on from there.
final class CallWalker {
    let runner: CallRunner
    let answers: SampleAnswers
    var random: SeededRandom
    var clock = Date()

    /// Actions after which a call is left unfinished, as if the line dropped.
    static let longestCall = 80

    init(runner: CallRunner, seed: UInt64) {
        self.runner = runner
        answers = SampleAnswers(compiled: runner.compiled)
        random = SeededRandom(seed: seed)
    }

    func walk(_ started: CallSession, operatorName: String) async throws -> CallSession {
        var session = started
        // Some operators are quicker than others; every step takes its time.
        let pace = 0.6 + Double(operatorName.unicodeScalars.reduce(0) { $0 + Int($1.value) } % 9) / 10
        let dropsAfter = random.chance(0.03) ? Int.random(in: 1...6, using: &random) : nil
        var refusals = 0
        walking: for actionNumber in 0..<Self.longestCall where !session.isOver {
            if let dropsAfter, actionNumber >= dropsAfter { break }
            clock = clock.addingTimeInterval(pace * Double(Int.random(in: 3...40, using: &random)))
            // Clients ask what the regulation does not cover mostly where
            // they ask questions (steps with FAQ answers), now and then anywhere.
            if random.chance(session.step.faq.isEmpty ? 0.01 : 0.2) {
                let note = random.pick(random.pick(SampleAnswers.offScript))
                _ = try await runner.perform(.note(note), on: &session, at: clock)
            }
            let action = next(session, refusals: refusals)
            switch try await runner.perform(action, on: &session, at: clock) {
            case .success: refusals = 0
            case .failure:
                refusals += 1
                if refusals > 6 { break walking }
            }
        }
        return session
    }

    /// What the operator does on the current step.
    private func next(_ session: CallSession, refusals: Int) -> OperatorAction {
        let step = session.step
        // What the call asks before the step's own ways: an offered rule, the items' classes, the client's city.
        if !session.offers.isEmpty { return .choose(random.chance(0.5) ? 1 : 2) }
        if let question = session.classificationQuestion {
            return question.guessed.count == 1 && refusals == 0 ? .proceed : .input(question.guessed.isEmpty ? "0" : "1")
        }
        if session.awaitsZone {
            return random.chance(0.5) ? .proceed : .input(session.compiled.zones.first?.name ?? "")
        }
        if step.kind == .escalation, session.escalation?.available == true, session.transferUnanswered == nil {
            return .transferAnswered(random.chance(0.7))
        }
        if session.awaitsInput {
            if step.kind == .outcome, let item = session.nextMessageItem {
                return .input(answers.message(item, random: &random))
            }
            guard let field = session.compiled.fields.first(where: { $0.id == step.field }) else { return .proceed }
            if !field.required, refusals == 0, random.chance(0.3) { return .proceed }
            return .input(answers.answer(for: field, attempt: refusals, random: &random))
        }
        if refusals == 0, step.kind != .outcome {
            if random.chance(0.02), !session.trail.isEmpty { return .back }
            if random.chance(0.008), session.script.anytime.notCovered != nil { return .notCovered }
        }
        guard !step.options.isEmpty else { return .proceed }
        // The first option (usually the main path) is the likeliest; after a
        // refusal (an order still missing a field) another is tried.
        if refusals > 0 { return .choose((refusals + Int.random(in: 0..<step.options.count, using: &random)) % step.options.count + 1) }
        return .choose(random.chance(0.45) ? 1 : Int.random(in: 1...step.options.count, using: &random))
    }
}
