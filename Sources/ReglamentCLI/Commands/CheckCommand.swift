import ArgumentParser
import Foundation
import ReglamentCheck
import ReglamentDiagnostics

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check regulations and report every problem with its place.",
        discussion: "Exit status: 0 no errors (warnings allowed unless --strict), 1 errors, 2 usage errors or unreadable files."
    )

    @Option(name: .shortAndLong, help: "Output format: text, json or sarif.")
    var format: DiagnosticFormat = .text

    @Flag(help: "Treat warnings as errors.")
    var strict = false

    @Argument(help: "Regulation files (the main file of each; includes are followed).")
    var files: [String]

    func validate() throws {
        if files.isEmpty { throw ValidationError("name at least one regulation file") }
    }

    func run() throws {
        // Every readable file is checked and reported; the unreadable ones are named after.
        let unreadable = files.filter { !FileManager.default.isReadableFile(atPath: $0) }
        var diagnostics: [Diagnostic] = []
        let checker = Checker()
        for file in files where !unreadable.contains(file) {
            diagnostics += checker.check(file: file).diagnostics
        }
        if strict { diagnostics = diagnostics.map(\.treatingWarningsAsErrors) }
        let output = format.reporter.report(diagnostics.sorted(), sources: SourceFiles())
        FileHandle.standardOutput.write(Data(output.utf8))
        if !unreadable.isEmpty { throw CommandFailure.unreadable(unreadable) }
        if diagnostics.errorCount > 0 { throw CommandFailure.problemsFound }
    }
}
