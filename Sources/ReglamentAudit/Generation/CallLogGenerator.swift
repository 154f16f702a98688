import Foundation
import ReglamentCompile
import ReglamentRun

/// Records realistic calls through the real engine (`CallRunner` over a
/// `CallStore`), for the audit's tests, demos and benchmark: each call is
/// an operator walking the compiled script — choosing options, typing
/// answers (some refused), taking notes off the script, escalating,
/// putting a call aside now and then — and orders get confirmation calls
/// under the regulation's rules. Nothing is written around the engine.
///
/// The same seed gives the same calls.
public struct CallLogGenerator: Sendable {
    public let runner: CallRunner
    /// Calls start on `days` days from `start`, at hours spread over the day.
    public var start: Date
    public var days: Int
    public var operators: [String]
    public var seed: UInt64

    public init(
        runner: CallRunner, start: Date, days: Int = 28, operators: [String] = ["Ольга", "Марина", "Денис", "Айгуль"], seed: UInt64 = 1
    ) {
        self.runner = runner
        self.start = start
        self.days = max(days, 1)
        self.operators = operators.isEmpty ? ["Оператор"] : operators
        self.seed = seed
    }

    public struct Summary: Sendable, Equatable {
        public var calls = 0
        public var confirmationCalls = 0
        public var events = 0
    }

    /// Records `count` inbound calls, and the confirmation calls their orders get.
    public func generate(calls count: Int) async throws -> Summary {
        let walker = CallWalker(runner: runner, seed: seed)
        var summary = Summary()
        let starts = (0..<count).map { _ in
            start.addingTimeInterval(Double(Int.random(in: 0..<days, using: &walker.random)) * 86_400
                + Double(Int.random(in: 0..<86_400, using: &walker.random)))
        }.sorted()
        for callStart in starts {
            let operatorName = walker.random.pick(operators)
            walker.clock = callStart
            // Now and then the caller's index is known before the call (from their number).
            let postalField = runner.compiled.fields.first { $0.type == .postalIndex }
            let postal = postalField.flatMap { field in
                walker.random.chance(0.3) ? walker.answers.answer(for: field, attempt: 1, random: &walker.random) : nil
            }
            let session = try await walker.walk(
                try await runner.begin(operatorName: operatorName, clientPostalIndex: postal, at: walker.clock), operatorName: operatorName)
            summary.calls += 1
            summary.events += session.events.count
            if session.outcome == .order, walker.random.chance(0.6) {
                summary.confirmationCalls += try await confirm(session.record.reference, operatorName: operatorName, walker: walker)
            }
        }
        return summary
    }

    /// Confirmation calls for one order: some unanswered, retried after the
    /// regulation's interval, until it is settled or cancelled automatically.
    private func confirm(_ order: String, operatorName: String, walker: CallWalker) async throws -> Int {
        guard let policy = runner.compiled.scripts.first(where: { $0.confirmation != nil })?.confirmation else { return 0 }
        var made = 0
        var at = walker.clock.addingTimeInterval(Double(Int.random(in: 10...90, using: &walker.random) * 60))
        for _ in 0...policy.attempts {
            walker.clock = at
            let confirmation = ConfirmationCall(
                runner: runner, orderReference: order, operatorName: operatorName, noAnswer: walker.random.chance(0.35), now: at)
            _ = try await confirmation.run { session in
                made += 1
                return try await walker.walk(session, operatorName: operatorName)
            }
            let attempts = try await runner.store.attempts(forOrder: order, shop: runner.compiled.shop.id)
            if let last = attempts.last, last.result != .noAnswer { break }
            at = at.addingTimeInterval(Double(policy.retryAfterMinutes * 60 + Int.random(in: 1...30, using: &walker.random) * 60))
        }
        return made
    }
}
