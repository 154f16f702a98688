import ArgumentParser
import Foundation
import ReglamentCompile

struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Show what changed for operators between two versions of a regulation.",
        discussion: """
            OLD and NEW are regulations (.yaml, compiled first) or compiled scripts (.script.json). \\
            Reports steps added, removed or reworded, delivery terms per zone, contacts' hours, \\
            escalation rules and FAQ answers.
            Exit status: 0 no changes for operators, 1 changes, 2 usage errors, unreadable files or a regulation with errors.
            """
    )

    @Argument(help: "The old version.")
    var old: String

    @Argument(help: "The new version.")
    var new: String

    @Option(name: .shortAndLong, help: "Output format: text or json.")
    var format: Format = .text

    enum Format: String, ExpressibleByArgument {
        case text, json
    }

    func run() throws {
        let diff = RegulationDiff(old: try CompiledInput.load(old), new: try CompiledInput.load(new))
        let report = format == .json ? DiffReport.json(diff) : DiffReport.text(diff)
        FileHandle.standardOutput.write(Data(report.utf8))
        if !diff.isEmpty { throw CommandFailure.problemsFound }
    }
}
