import Foundation
import ReglamentCompile
import ReglamentDiagnostics
import ReglamentModel

/// A compiled script from a `.script.json`, or from a regulation compiled
/// now: what run, test, diff and audit read. A regulation with errors is
/// refused (exit 2) with its diagnostics as `check` prints them.
enum CompiledInput {
    static func load(_ file: String) throws -> CompiledRegulation {
        guard file.hasSuffix(".json") else { return try compile(file).compiled }
        guard FileManager.default.isReadableFile(atPath: file) else { throw CommandFailure.unreadable([file]) }
        do {
            return try CompiledJSON.decode(try Data(contentsOf: URL(fileURLWithPath: file)))
        } catch {
            throw CommandFailure.notACompiledScript(path: file, reason: "\(error)")
        }
    }

    /// A regulation compiled now, with its checked source (the audit's checklist reads it).
    static func compile(_ file: String) throws -> (compiled: CompiledRegulation, regulation: Regulation, diagnostics: [Diagnostic]) {
        guard FileManager.default.isReadableFile(atPath: file) else { throw CommandFailure.unreadable([file]) }
        let result = Compiler().compile(file: file)
        guard let compiled = result.compiled, let regulation = result.regulation else {
            let report = TextReporter(colors: StandardError.isTerminal).report(result.diagnostics, sources: SourceFiles())
            throw CommandFailure.regulationRefused(diagnostics: report)
        }
        return (compiled, regulation, result.diagnostics)
    }
}
