import ArgumentParser
import Foundation
import ReglamentCompile
import ReglamentModel
import ReglamentDiagnostics
import ReglamentHandbook

struct CompileCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compile",
        abstract: "Compile a regulation into the script the runner reads.",
        discussion: """
            Writes DIR/<shop-id>.script.json (format: docs/compiled-format.md), the operator \
            handbook DIR/handbook.html and DIR/handbook.md, and the flow graphs DIR/flow.dot and \
            DIR/flow.mmd. A regulation with errors is refused, with the errors printed as \
            'reglament check' prints them.
            Exit status: 0 compiled, 1 errors in the regulation, 2 usage errors or unwritable output.
            """
    )

    @Argument(help: "The regulation's main file.")
    var file: String

    @Option(name: .shortAndLong, help: "The folder to write into (created when missing).")
    var output: String

    @Option(help: "The folder with the handbook templates (default: the package's Templates/).")
    var templates: String?

    func run() throws {
        guard FileManager.default.isReadableFile(atPath: file) else {
            StandardError.write("reglament: cannot read '\(file)': no such file or no permission\n")
            throw ExitStatus.usage
        }
        let result = Compiler().compile(file: file)
        if !result.diagnostics.isEmpty {
            StandardError.write(TextReporter(colors: StandardError.isTerminal).report(result.diagnostics, sources: SourceFiles()))
        }
        guard let compiled = result.compiled else { throw ExitStatus.problems }

        let folder = URL(fileURLWithPath: output, isDirectory: true)
        let script = folder.appendingPathComponent("\(compiled.shop.id).script.json")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try CompiledJSON.encode(compiled).write(to: script, options: .atomic)
        } catch {
            StandardError.write("reglament: cannot write into '\(output)': \(error.localizedDescription)\n")
            throw ExitStatus.usage
        }
        print("wrote \(script.path)")
        try writeHandbook(compiled, overrides: result.regulation?.templates ?? [:], into: folder)
        try writeFlowGraphs(compiled, into: folder)
    }

    private func writeFlowGraphs(_ compiled: CompiledRegulation, into folder: URL) throws {
        let graph = FlowGraph(compiled)
        for (name, text) in [("flow.dot", DOTWriter().write(graph)), ("flow.mmd", MermaidWriter().write(graph))] {
            let file = folder.appendingPathComponent(name)
            do {
                try Data(text.utf8).write(to: file, options: .atomic)
            } catch {
                StandardError.write("reglament: cannot write '\(file.path)': \(error.localizedDescription)\n")
                throw ExitStatus.usage
            }
            print("wrote \(file.path)")
        }
    }

    private func writeHandbook(_ compiled: CompiledRegulation, overrides: [String: Located<String>], into folder: URL) throws {
        let renderer = HandbookRenderer(
            templates: templates.map { URL(fileURLWithPath: $0, isDirectory: true) } ?? HandbookRenderer.defaultTemplates,
            overrides: overrides.mapValues(\.value),
            relativeTo: URL(fileURLWithPath: file).deletingLastPathComponent())
        do {
            try renderer.write(try renderer.render(compiled), to: folder)
        } catch {
            StandardError.write("reglament: \(error)\n")
            throw ExitStatus.problems
        }
        print("wrote \(folder.appendingPathComponent(HandbookRenderer.htmlName).path)")
        print("wrote \(folder.appendingPathComponent(HandbookRenderer.markdownName).path)")
    }
}
