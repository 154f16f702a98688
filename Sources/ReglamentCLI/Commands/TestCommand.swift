import ArgumentParser
import Foundation
import ReglamentCompile
import ReglamentRun
import ReglamentStore

struct TestCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test",
        abstract: "Play a regulation's scenarios through the runner and check how each call ends.",
        discussion: """
            Scenarios default to the scenarios/*.yaml files beside the regulation (format: docs/scenarios.md). \\
            Each call runs on the real engine and a temporary call log.
            With --explore, no scenarios: every path of every script is walked with generated inputs, and every line \
            proved free of unfilled slots and internal ids (docs/scenarios.md).
            Exit status: 0 all pass, 1 a scenario (or an explored path) failed, 2 usage errors, unreadable files or a regulation with errors.
            """
    )

    @Argument(help: "The regulation (.yaml) or its compiled script (.script.json).")
    var file: String

    @Argument(help: "Scenario files (default: scenarios/*.yaml beside the regulation).")
    var scenarios: [String] = []

    @Option(help: "Also write the results as JUnit XML, for CI.")
    var junit: String?

    @OptionGroup(title: "Exploring every path")
    var exploration: ExplorationOptions

    func run() async throws {
        let compiled = try CompiledInput.load(file)
        if exploration.explore { return try explore(compiled) }
        let files = scenarios.isEmpty ? defaultScenarios() : scenarios
        guard !files.isEmpty else { throw CommandFailure.noScenarios(besides: file) }
        // Every scenario is read before any is played: one that is not a scenario is a usage error, not a failure.
        let loaded = try files.map { path in (path, try Scenario.load(path)) }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("reglament-test-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let runner = ScenarioRunner(
            compiled: compiled, store: try SQLiteCallStore(path: folder.appendingPathComponent("calls.sqlite").path),
            mailer: try MailOptions.composer(for: compiled, from: nil))
        var results: [ScenarioRunner.Outcome] = []
        for (path, scenario) in loaded {
            let result = await runner.run(scenario, file: path)
            results.append(result)
            print(result.failures.isEmpty ? "✓ \(result.name)" : "✗ \(result.name)  (\(path))")
            for failure in result.failures { print("    \(failure)") }
        }
        let failed = results.filter { !$0.failures.isEmpty }.count
        print("\(results.count) scenario\(results.count == 1 ? "" : "s"), \(failed) failed")
        if let junit { try OutputSet.file(junit, JUnitReport.xml(results, suite: compiled.shop.id)).commit() }
        if failed > 0 { throw CommandFailure.problemsFound }
    }

    func validate() throws {
        try exploration.validate(scenarios: scenarios, junit: junit)
    }

    private func defaultScenarios() -> [String] {
        let folder = URL(fileURLWithPath: file).deletingLastPathComponent().appendingPathComponent("scenarios")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".yaml") }.sorted().map { folder.appendingPathComponent($0).path }
    }
}

/// Scenario results as JUnit XML, which CI services show as test reports.
enum JUnitReport {
    static func xml(_ results: [ScenarioRunner.Outcome], suite: String) -> String {
        let failures = results.filter { !$0.failures.isEmpty }.count
        let time = results.map(\.seconds).reduce(0, +)
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        xml += "<testsuites tests=\"\(results.count)\" failures=\"\(failures)\">\n"
        xml += "  <testsuite name=\"\(escape(suite))\" tests=\"\(results.count)\" failures=\"\(failures)\" time=\"\(String(format: "%.3f", time))\">\n"
        for result in results {
            xml += "    <testcase classname=\"\(escape(suite))\" name=\"\(escape(result.name))\" file=\"\(escape(result.file))\" time=\"\(String(format: "%.3f", result.seconds))\""
            if result.failures.isEmpty {
                xml += "/>\n"
            } else {
                xml += ">\n      <failure message=\"\(escape(result.failures[0]))\">\(escape(result.failures.joined(separator: "\n")))</failure>\n    </testcase>\n"
            }
        }
        return xml + "  </testsuite>\n</testsuites>\n"
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
