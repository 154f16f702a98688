import Foundation
import ReglamentCompile
import ReglamentRun
import ReglamentStore
import Testing

/// The explorer on regulations made for it: a clean one passes with every
/// step and option walked, and each kind of fault is caught with a path
/// that replays as a scenario to the same point.
struct ScriptExplorerTests {
    @Test func cleanRegulationPassesWithEveryStepAndOptionWalked() throws {
        let report = try ExplorationFixtures.explore(ExplorationFixtures.clean)
        #expect(report.failures.map(\.detail) == [])
        #expect(report.passed)
        #expect(report.coverage.steps.isComplete, "\(report.coverage.missedSteps)")
        #expect(report.coverage.options.isComplete, "\(report.coverage.missedOptions)")
        #expect(report.coverage.escalationOutcomes.isComplete, "\(report.coverage.missedEscalationOutcomes)")
        #expect(report.coverage.zoneClasses.isComplete, "\(report.coverage.missedZoneClasses)")
        #expect(report.clocks.count == 2, "one clock with the owner at work, one without")
        #expect(!report.paths.capped)
        #expect(report.paths.ended > 0 && report.linesRendered > 0)
    }

    @Test func aValueNotKnownYetIsCaught() throws {
        let report = try ExplorationFixtures.explore(ExplorationFixtures.valueNotYetKnown)
        let failure = try #require(report.failures.first { $0.kind == .unsafeLine })
        #expect(failure.step == "greeting")
        #expect(failure.detail.contains("a value not known yet: {{client.name}}, said as «[имя ещё не записано]»"), "\(failure.detail)")
    }

    @Test func stepWhereEveryWayIsRefusedIsCaught() throws {
        let report = try ExplorationFixtures.explore(ExplorationFixtures.deadEnd)
        let failure = try #require(report.failures.first { $0.kind == .deadEnd })
        #expect(failure.step == "goods/payment")
        #expect(failure.detail.contains("Ни один способ оплаты не подходит"), "\(failure.detail)")
        // A company's order still reaches the end.
        #expect(!report.failures.contains { $0.kind == .unreachableOrder })
    }

    @Test func orderNoPathReachesIsCaught() throws {
        let report = try ExplorationFixtures.explore(ExplorationFixtures.unreachableOrder)
        let failure = try #require(report.failures.first { $0.kind == .unreachableOrder })
        #expect(failure.script == "inbound" && failure.step == "outcome/order")
        // Its cause, every payment refused for the total, is the dead end before it.
        #expect(report.failures.contains { $0.kind == .deadEnd && $0.step == "goods/payment" })
    }

    @Test func outcomeWithoutMailIsCaught() throws {
        let report = try ExplorationFixtures.explore(ExplorationFixtures.noMail)
        let missing = report.failures.filter { $0.kind == .missingMail }
        #expect(Set(missing.map(\.step)) == ["outcome/order", "outcome/message"], "\(report.failures.map(\.detail))")
    }

    /// Each fault's first path, written as a scenario, plays through the
    /// scenario runner (real engine, real SQLite log) to the same point:
    /// the same outcome, the offending text said, the same refusal.
    @Test(arguments: [
        ("a", ExplorationFixtures.valueNotYetKnown), ("b", ExplorationFixtures.deadEnd), ("d", ExplorationFixtures.noMail),
    ])
    func failingPathReplaysAsAScenario(kind: String, yaml: String) async throws {
        let compiled = try ExplorationFixtures.compile(yaml)
        let report = ScriptExplorer(compiled: compiled, mailer: try ExplorationFixtures.mailer(for: compiled)).explore(from: ExplorationFixtures.monday)
        let failure = try #require(report.failures.first { $0.kind.rawValue == kind })
        let path = try #require(failure.path)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("reglament-explore-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("failing.yaml").path
        try path.scenarioYAML(name: "explore \(kind)").write(toFile: file, atomically: true, encoding: .utf8)

        let scenario = try Scenario.load(file)
        let runner = ScenarioRunner(compiled: compiled, store: try SQLiteCallStore(path: folder.appendingPathComponent("calls.sqlite").path))
        let replay = await runner.run(scenario, file: file)
        let written = try String(contentsOfFile: file, encoding: .utf8)
        #expect(replay.failures == [], "\(written)")
        #expect(scenario.expect.outcome == ScenarioOutcome(path.outcome))
        if kind == "a" { #expect(scenario.expect.said == ["[имя ещё не записано]"]) }
        if kind == "b" { #expect(scenario.expect.refused?.first?.contains("Ни один способ оплаты не подходит") == true) }
    }
}
