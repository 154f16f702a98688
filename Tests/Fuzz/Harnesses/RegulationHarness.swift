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
        let lines = lineBreaks(in: input) + 1
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

    /// Line breaks as YAML counts them (and editors show them): LF, CR, CRLF, NEL, U+2028, U+2029.
    static func lineBreaks(in bytes: [UInt8]) -> Int {
        var count = 0
        var index = 0
        while index < bytes.count {
            switch bytes[index] {
            case 0x0A: count += 1
            case 0x0D: count += 1; if index + 1 < bytes.count, bytes[index + 1] == 0x0A { index += 1 }
            case 0xC2 where index + 1 < bytes.count && bytes[index + 1] == 0x85: count += 1; index += 1
            case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
                count += 1; index += 2
            default: break
            }
            index += 1
        }
        return count
    }
}
