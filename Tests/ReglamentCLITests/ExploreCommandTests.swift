import Foundation
import Testing

/// `reglament test --explore` end to end: every example walked in full,
/// and a failure printed, saved and replayed as a scenario.
@Suite(.serialized) struct ExploreCommandTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("reglament-explore-\(UUID().uuidString)")

    /// Every path of every example, every line proved: CI runs the explorer
    /// on each example, and a fault it finds fails the build with its path.
    @Test(arguments: CheckCommandTests.regulations)
    func everyExamplePassesWithEveryStepAndOptionWalked(regulation: String) throws {
        let result = try ReglamentProcess.run(["test", "--explore", regulation, "--save-failing", folder.path], timeout: .seconds(600))
        #expect(result.status == 0, "\(result.stdout.prefix(6000))\(result.stderr)")
        let coverage = try #require(result.stdout.split(separator: "\n").first { $0.hasPrefix("coverage:") }, "\(result.stdout)")
        #expect(coverage.contains(/steps (\d+)\/\1 \(100%\)/), "\(coverage)")
        #expect(coverage.contains(/options (\d+)\/\1 \(100%\)/), "\(coverage)")
        #expect(!result.stdout.contains("STOPPED at the cap"))
    }

    /// A slot the greeting cannot fill yet: the first failing path is
    /// printed and saved, and the saved scenario replays with `reglament test`.
    @Test func failingPathIsSavedAndReplays() throws {
        let regulation = try copyOfUyutLavka(editing: "Чем могу помочь?\"", to: "Чем могу помочь? {{order.payment}}\"")
        let saved = folder.appendingPathComponent("failing")
        let result = try ReglamentProcess.run(["test", "--explore", regulation, "--save-failing", saved.path], timeout: .seconds(600))
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stdout.contains("(a) inbound/greeting: line: a value not known yet: {{order.payment}}, said as «[оплата — ещё не записано]»"), "\(result.stdout.prefix(4000))")
        #expect(result.stdout.contains("First failing path, as a scenario:"))
        let files = try FileManager.default.contentsOfDirectory(atPath: saved.path).sorted()
        let first = try #require(files.first)
        #expect(first.hasPrefix("explore-01-a-"), "\(files)")
        let replay = try ReglamentProcess.run(["test", regulation, saved.appendingPathComponent(first).path])
        #expect(replay.status == 0, "\(replay.stdout)\(replay.stderr)")
    }

    @Test func exploreTakesNoScenarioFiles() throws {
        let result = try ReglamentProcess.run(["test", "--explore", "Regulations/uyut-lavka/regulation.yaml", "some.yaml"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("give no scenario files"), "\(result.stderr)")
    }

    /// The example with its included geography, in a folder of the test's own, with one edit.
    private func copyOfUyutLavka(editing find: String, to replacement: String) throws -> String {
        let source = ReglamentProcess.packageRoot.appendingPathComponent("Regulations/uyut-lavka")
        let copy = folder.appendingPathComponent("uyut-lavka")
        try FileManager.default.createDirectory(at: copy, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: source.appendingPathComponent("geography.yaml"), to: copy.appendingPathComponent("geography.yaml"))
        let text = try String(contentsOf: source.appendingPathComponent("regulation.yaml"), encoding: .utf8)
        #expect(text.contains(find))
        let file = copy.appendingPathComponent("regulation.yaml")
        try text.replacingOccurrences(of: find, with: replacement).write(to: file, atomically: true, encoding: .utf8)
        return file.path
    }
}
