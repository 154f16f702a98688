import Foundation
import ReglamentCheck
import ReglamentCompile
import ReglamentDiagnostics

/// A regulation file as an owner may write it: loaded, shape-checked and
/// checked as `reglament check` does; when it has no errors, compiled, and
/// the compiled script read back as `reglament run` reads it.
enum RegulationHarness {
    /// A folder with nothing in it, so an `include:` finds no file rather than this machine's.
    static let file = "/nonexistent/reglament-fuzz/regulation.yaml"

    static func run(_ input: [UInt8]) {
        let checked = Checker().check(input, file: file)
        let lines = input.reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
        for diagnostic in checked.diagnostics where diagnostic.location.line > 0 {
            // Every diagnostic points into the user's text (or at no line at all).
            FuzzExpectation.expect(diagnostic.location.line <= lines + 1, "\(diagnostic.code) at line \(diagnostic.location.line) of \(lines)")
            FuzzExpectation.expect(!diagnostic.message.isEmpty, "\(diagnostic.code) has a message")
        }
        guard !checked.hasErrors else { return }
        FuzzExpectation.expect(checked.regulation != nil, "a regulation without errors was read")
        guard let compiled = Compiler().compile(checked).compiled else { return }
        CompiledScriptHarness.readBack(compiled)
    }
}
