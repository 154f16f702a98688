import Foundation
import ReglamentRun
import ReglamentTestSupport
import Testing

/// The scenario file the owner keeps for a failing path, compared whole:
/// the comment saying what was found, the steps with where each was typed,
/// and the expectations (`GoldenFile`).
@Suite struct GoldenFailingPathTests {
    static let golden = GoldenFile("value-not-yet-known.scenario.yaml")

    @Test func valueNotYetKnownScenario() throws {
        let report = try ExplorationFixtures.explore(ExplorationFixtures.valueNotYetKnown)
        let failure = try #require(report.failures.first)
        let yaml = try #require(failure.path).scenarioYAML(name: "Приветствие называет клиента до того, как он назвался")
        let expected = try Self.golden.expected(yaml)
        #expect(yaml == expected, "the scenario changed: \(Self.golden.firstDifference(yaml, expected))\n\(GoldenFile.howToUpdate)")
    }
}
