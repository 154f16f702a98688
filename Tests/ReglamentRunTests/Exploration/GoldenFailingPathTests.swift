import Foundation
import ReglamentRun
import Testing

/// The scenario file the owner keeps for a failing path, compared whole:
/// the comment saying what was found, the steps with where each was typed,
/// and the expectations. `REGLAMENT_UPDATE_GOLDEN=1 swift test --filter Golden` rewrites it.
@Suite struct GoldenFailingPathTests {
    static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Golden/value-not-yet-known.scenario.yaml")

    @Test func valueNotYetKnownScenario() throws {
        let report = try ExplorationFixtures.explore(ExplorationFixtures.valueNotYetKnown)
        let failure = try #require(report.failures.first)
        let yaml = try #require(failure.path).scenarioYAML(name: "Приветствие называет клиента до того, как он назвался")
        if ProcessInfo.processInfo.environment["REGLAMENT_UPDATE_GOLDEN"] == "1" {
            try yaml.write(to: Self.golden, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: Self.golden, encoding: .utf8)
        #expect(yaml == expected, "the scenario changed: review, then REGLAMENT_UPDATE_GOLDEN=1 swift test --filter Golden")
    }
}
