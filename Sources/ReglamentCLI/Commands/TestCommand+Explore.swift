import ArgumentParser
import Foundation
import ReglamentCompile
import ReglamentModel
import ReglamentRun

/// `reglament test --explore`'s options.
struct ExplorationOptions: ParsableArguments {
    @Flag(help: "Walk every path of every script with generated inputs instead of playing scenarios.")
    var explore = false

    @Option(help: ArgumentHelp("With --explore: write each failing path as a scenario file into DIR.", valueName: "DIR"))
    var saveFailing: String?

    @Option(
        parsing: .unconditional, help: ArgumentHelp("With --explore: times one path may show the same step (loops).", valueName: "N"),
        transform: WholeNumber.count)
    var visits = 2

    @Option(
        parsing: .unconditional,
        help: ArgumentHelp("With --explore: paths walked at the most (the report says when the cap stopped the walk).", valueName: "N"),
        transform: WholeNumber.count)
    var maxPaths = 200_000

    @Option(
        parsing: .unconditional,
        help: ArgumentHelp("With --explore: scan the week from this ISO 8601 time for the clocks to call at; default: now.", valueName: "TIME"),
        transform: Instant.argument)
    var from: Instant?

    func validate(scenarios: [String], junit: String?) throws {
        guard explore else {
            if saveFailing != nil || from != nil { throw ValidationError("--save-failing and --from go with --explore") }
            return
        }
        if !scenarios.isEmpty { throw ValidationError("--explore walks the regulation itself: give no scenario files") }
        if junit != nil { throw ValidationError("--junit goes with scenarios, not with --explore") }
    }
}

extension TestCommand {
    /// Walks every path, prints the report and the first failing path as a scenario.
    func explore(_ compiled: CompiledRegulation) throws {
        let mailer = try MailOptions.composer(for: compiled, from: nil)
        let start = exploration.from?.date ?? Date()
        let explorer = ScriptExplorer(
            compiled: compiled, mailer: mailer, limits: .init(visitsPerStep: exploration.visits, paths: exploration.maxPaths))
        let report = explorer.explore(from: start)
        print(report.text, terminator: "")
        let paths = report.failures.compactMap { failure in failure.path.map { (failure, $0) } }
        if let (failure, path) = paths.first {
            print("\nFirst failing path, as a scenario:\n")
            print(path.scenarioYAML(name: Self.scenarioName(failure)), terminator: "")
        }
        if let folder = exploration.saveFailing, !paths.isEmpty {
            var files = OutputSet(folder: URL(fileURLWithPath: folder, isDirectory: true))
            for (number, (failure, path)) in paths.enumerated() {
                files.add(Self.fileName(failure, number: number + 1), path.scenarioYAML(name: Self.scenarioName(failure)))
            }
            try files.commit()
            print("\n\(paths.count) failing path\(paths.count == 1 ? "" : "s") written to \(folder)")
        }
        if !report.passed { throw CommandFailure.problemsFound }
    }

    static func scenarioName(_ failure: ExplorationFailure) -> String {
        "explore (\(failure.kind.rawValue)): \(failure.kind.title) at \(failure.script)/\(failure.step)"
    }

    /// `explore-01-a-inbound-read-back.yaml`.
    static func fileName(_ failure: ExplorationFailure, number: Int) -> String {
        let place = "\(failure.script)-\(failure.step)".map { $0.isLetter || $0.isNumber ? $0 : "-" }
        return String(format: "explore-%02d-", number) + "\(failure.kind.rawValue)-\(String(place)).yaml"
    }
}
