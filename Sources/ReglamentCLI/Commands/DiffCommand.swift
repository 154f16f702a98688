import ArgumentParser
import Foundation
import ReglamentCompile
import ReglamentDiagnostics

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
        let diff = RegulationDiff(old: try load(old), new: try load(new))
        let report = format == .json ? DiffReport.json(diff) : DiffReport.text(diff)
        FileHandle.standardOutput.write(Data(report.utf8))
        if !diff.isEmpty { throw ExitStatus.problems }
    }

    private func load(_ file: String) throws -> CompiledRegulation {
        guard FileManager.default.isReadableFile(atPath: file) else {
            StandardError.write("reglament: cannot read '\(file)': no such file or no permission\n")
            throw ExitStatus.usage
        }
        if file.hasSuffix(".json") {
            do {
                return try CompiledJSON.decode(try Data(contentsOf: URL(fileURLWithPath: file)))
            } catch {
                StandardError.write("reglament: '\(file)' is not a compiled script: \(error)\n")
                throw ExitStatus.usage
            }
        }
        let result = Compiler().compile(file: file)
        guard let compiled = result.compiled else {
            StandardError.write(TextReporter(colors: StandardError.isTerminal).report(result.diagnostics, sources: SourceFiles()))
            throw ExitStatus.usage
        }
        return compiled
    }
}
