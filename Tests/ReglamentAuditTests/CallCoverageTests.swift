import Foundation
import ReglamentCompile
import ReglamentRun
import Testing
@testable import ReglamentAudit

/// The audit over five calls played through the engine, every figure
/// worked out by hand from what was typed.
@Suite(.serialized) struct CallCoverageTests {
    /// Wednesday noon in Moscow: the owner takes transfers.
    static let noon = "2026-11-25T12:00:00+03:00"
    /// Wednesday 23:30 in Moscow: the owner's day is over.
    static let night = "2026-11-25T23:30:00+03:00"
    static let order = ["", "1", "1", "Иван Петров", "8 913 555-12-34", "1", "", "630099", "ул. Ленина, д. 5, кв. 12",
                        "Свеча x2 по 650, кружка x1 по 1200", "", "", "2", "1", "1", "1", "1", "1"]

    struct Recorded {
        var log: ScriptedLog
        var report: AuditReport
        var orderCall: String
        var questionCall: String
        var messageCall: String
        var droppedCall: String
        var confirmationMessages: [String]
    }

    /// Five inbound calls and two confirmation attempts:
    /// 1. Ольга, noon: a full order (15 lines).
    /// 2. Марина, noon: a question answered, with a note; closed.
    /// 3. Ольга, night: a question not covered, with a note; the owner is
    ///    off, so the fallback takes a message.
    /// 4. Денис, noon: starts an order and the line drops (no outcome).
    /// 5. the order's confirmation: unanswered, then answered three hours
    ///    later, the client changes the payment and confirms.
    static func record() async throws -> Recorded {
        let log = try ScriptedLog()
        let ordered = try await log.call(order, operatorName: "Ольга", at: noon)
        let question = try await log.call(["", "2", "n Есть ли самовывоз из мастерской?", "1", "3"], operatorName: "Марина", at: noon)
        let message = try await log.call(
            ["", "2", "n Клиент спрашивает про самовывоз из мастерской, тел. +7 913 000-11-22", "2", "", "1", "Анна", "+7 913 000-11-22", "Самовывоз из мастерской", "1"],
            operatorName: "Ольга", at: night)
        let dropped = try await log.call(["", "1"], operatorName: "Денис", at: noon)
        let first = try await log.confirm(ordered.record.reference, at: "2026-11-25T13:00:00+03:00", noAnswer: true)
        let second = try await log.confirm(
            ordered.record.reference, at: "2026-11-25T16:30:00+03:00", lines: ["2", "Свеча x2 по 650, кружка x1 по 1200", "", "", "", "cdek", "sbp", "1"])
        let auditor = Auditor(compiled: log.compiled, checklist: nil, reader: log.store)
        let report = try await auditor.report(source: ScriptedLog.regulation)
        return Recorded(
            log: log, report: report, orderCall: ordered.record.reference, questionCall: question.record.reference,
            messageCall: message.record.reference, droppedCall: dropped.record.reference, confirmationMessages: [first, second])
    }

    @Test func outcomesAreCountedPerDirection() async throws {
        let recorded = try await Self.record()
        defer { recorded.log.remove() }
        let outcomes = recorded.report.outcomes
        #expect(recorded.confirmationMessages[1].contains("подтверждён с изменениями"), "\(recorded.confirmationMessages)")
        #expect([outcomes.inbound.order, outcomes.inbound.message, outcomes.inbound.transfer, outcomes.inbound.closed, outcomes.inbound.open] == [1, 1, 0, 1, 1] as [Int])
        // The answered confirmation call ends as `order` (confirmed); the unanswered attempt is no call at all.
        #expect([outcomes.outbound.order, outcomes.outbound.total] == [1, 1] as [Int])
        #expect(outcomes.byDay.map(\.day) == ["2026-11-25"])
        #expect(outcomes.byVersion.map(\.version) == [recorded.log.compiled.version])
        #expect(outcomes.byVersion.first?.outcomes.total == 5)
    }

    @Test func stepsAndOptionsReachedAndNeverUsed() async throws {
        let recorded = try await Self.record()
        defer { recorded.log.remove() }
        let inbound = try #require(recorded.report.scripts.first { $0.script == "inbound" })
        func calls(_ step: String) -> Int? { inbound.steps.first { $0.step == step }?.calls }
        #expect(inbound.calls == 4)
        #expect(calls("greeting") == 4 && calls("ask-intent") == 4)
        #expect(calls("consent") == 2, "the order and the dropped call reached consent")
        #expect(calls("question") == 2 && calls("read-back") == 1 && calls("anything-else") == 1)
        #expect(calls("complaint") == 0 && calls("order-status") == 0)
        #expect(inbound.neverUsedSteps.contains("complaint") && inbound.neverUsedSteps.contains("apology") && !inbound.neverUsedSteps.contains("question"))
        // ask-intent: option 1 (order) twice, option 2 (question) twice, the rest never.
        let askIntent = inbound.options.filter { $0.step == "ask-intent" }.map(\.calls)
        #expect(askIntent == [2, 2, 0, 0, 0] as [Int])
        #expect(inbound.neverUsedOptions.contains("ask-intent #3") && !inbound.neverUsedOptions.contains("ask-intent #1"))
        let confirmation = try #require(recorded.report.scripts.first { $0.script == "confirm-order" })
        #expect(confirmation.calls == 1)
        #expect(confirmation.options.filter { $0.step == "hello" }.map(\.chosen) == [1, 1, 0, 0] as [Int], "changed once, then confirmed")
    }

    @Test func notesAreGroupedByWordingAndStep() async throws {
        let recorded = try await Self.record()
        defer { recorded.log.remove() }
        let gaps = recorded.report.gaps
        #expect(gaps.count == 1, "\(gaps)")
        #expect(gaps.first?.count == 2)
        #expect(gaps.first?.places.map { "\($0.script)/\($0.step):\($0.count)" } == ["inbound/question:2"])
        #expect(gaps.first?.references == [recorded.questionCall, recorded.messageCall])
        #expect(gaps.first?.words.contains("самовывоз") == true)
    }

    @Test func escalationsAndTheirFallbacks() async throws {
        let recorded = try await Self.record()
        defer { recorded.log.remove() }
        let escalations = recorded.report.escalations
        let notCovered = try #require(escalations.byRule.first { $0.rule == "not-covered" })
        #expect([notCovered.total, notCovered.available, notCovered.unavailable] == [1, 0, 1] as [Int])
        // Wednesday 23:00–24:00 in the shop's time.
        #expect(escalations.byHourOfWeek[2][23] >= 1)
        #expect(escalations.fallbacksForUnavailable == 1, "not-covered is a transfer; message-owner takes its message anyway")
        #expect(recorded.report.outcomes.transfers.first { $0.rule == "not-covered" }?.unavailable == 1)
    }

    @Test func operatorCompliance() async throws {
        let recorded = try await Self.record()
        defer { recorded.log.remove() }
        let compliance = recorded.report.compliance
        #expect(compliance.consentSkipped.isEmpty)
        #expect(compliance.abandoned.map(\.reference) == [recorded.droppedCall])
        #expect(compliance.changedAtConfirmation.map(\.orderReference) == [recorded.orderCall])
        let names = compliance.stepTimes.map(\.operatorName)
        #expect(names == ["Денис", "Марина", "Ольга"])
        // Марина typed five lines, 10 s each: greeting, ask-intent and
        // anything-else took 10 s, the question 20 s (the note was typed
        // there), and the closing outcome step ended at once: 0, 10, 10, 10, 20.
        let marina = try #require(compliance.stepTimes.first { $0.operatorName == "Марина" })
        #expect([marina.steps, Int(marina.medianSeconds), Int(marina.p90Seconds)] == [5, 10, 20] as [Int])
    }

    @Test func confirmationAttempts() async throws {
        let recorded = try await Self.record()
        defer { recorded.log.remove() }
        let confirmations = recorded.report.confirmations
        #expect([confirmations.orders, confirmations.attempts, confirmations.unanswered, confirmations.autoCancelled] == [1, 2, 1, 0] as [Int])
        #expect(confirmations.byOrder.first?.lastResult == "changed")
        #expect(confirmations.ordersByAttempts.map(\.attempts) == [2] as [Int])
    }

    @Test func periodLeavesOutOtherDays() async throws {
        let recorded = try await Self.record()
        defer { recorded.log.remove() }
        let auditor = Auditor(compiled: recorded.log.compiled, checklist: nil, reader: recorded.log.store)
        let later = try await auditor.report(source: "", since: try Date("2026-11-26T00:00:00+03:00", strategy: .iso8601))
        #expect(later.calls == 0)
        #expect(later.scripts.first?.neverUsedSteps.count == later.scripts.first?.steps.count)
    }
}
