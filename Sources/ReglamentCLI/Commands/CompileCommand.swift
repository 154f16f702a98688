import ArgumentParser
import Foundation
import ReglamentCompile
import ReglamentModel
import ReglamentDiagnostics
import ReglamentHandbook
import ReglamentTemplates

struct CompileCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compile",
        abstract: "Compile a regulation into the script the runner reads.",
        discussion: """
            Writes DIR/<shop-id>.script.json (format: docs/compiled-format.md), the operator \
            handbook DIR/handbook.html and DIR/handbook.md, and the flow graphs DIR/flow.dot and \
            DIR/flow.mmd: all of them, or none (each file is replaced whole; a failure leaves DIR as it was). \
            A regulation with errors is refused, with the errors printed as 'reglament check' prints them.
            Exit status: 0 compiled, 1 errors in the regulation or its templates, 2 usage errors or unwritable output.
            """
    )

    @Argument(help: "The regulation's main file.")
    var file: String

    @Option(name: .shortAndLong, help: "The folder to write into (created when missing).")
    var output: String

    @Option(help: "The folder with the handbook templates, in place of those built into reglament.")
    var templates: String?

    func validate() throws {
        var isFolder: ObjCBool = false
        if let templates, !FileManager.default.fileExists(atPath: templates, isDirectory: &isFolder) || !isFolder.boolValue {
            throw ValidationError("--templates '\(templates)' is not a folder")
        }
    }

    func run() throws {
        guard FileManager.default.isReadableFile(atPath: file) else { throw CommandFailure.unreadable([file]) }
        let result = Compiler().compile(file: file)
        if !result.diagnostics.isEmpty {
            StandardError.write(TextReporter(colors: StandardError.isTerminal).report(result.diagnostics, sources: SourceFiles()))
        }
        guard let compiled = result.compiled else { throw CommandFailure.problemsFound }

        // Everything is built before anything is written.
        var files = OutputSet(folder: URL(fileURLWithPath: output, isDirectory: true))
        files.add("\(compiled.shop.id).script.json", CompiledJSON.encode(compiled))
        let renderer = HandbookRenderer(
            templates: templates.map { .folder(URL(fileURLWithPath: $0, isDirectory: true)) } ?? .builtIn,
            overrides: (result.regulation?.templates ?? [:]).mapValues(\.value),
            relativeTo: URL(fileURLWithPath: file).deletingLastPathComponent())
        renderer.add(try renderer.render(compiled), to: &files)
        let graph = FlowGraph(compiled)
        files.add("flow.dot", DOTWriter().write(graph))
        files.add("flow.mmd", MermaidWriter().write(graph))
        for written in try files.commit() { print("wrote \(written.path)") }
    }
}
