import ReglamentDiagnostics
import ReglamentModel

/// Loads a regulation and runs every check over it: the `check` command's
/// engine and the first phase of `compile`.
public struct Checker: Sendable {
    public var loader: RegulationLoader

    public init(loader: RegulationLoader = RegulationLoader()) {
        self.loader = loader
    }

    public func check(file path: String) -> CheckResult {
        check(loader.load(file: path))
    }

    public func check(_ bytes: [UInt8], file: String) -> CheckResult {
        check(loader.load(bytes, file: file))
    }

    public func check(_ loaded: LoadedRegulation) -> CheckResult {
        guard let regulation = loaded.regulation else {
            return CheckResult(regulation: nil, index: nil, diagnostics: DiagnosticLimit.finish(loaded.diagnostics), files: loaded.files)
        }
        let index = RegulationIndex(regulation)
        // Checks only read the regulation: they run on every core.
        let found = Parallel.map(RuleRegistry.checks.map(CheckBox.init)) { $0.check.init().check(regulation, index: index) }
        // Findings that may only echo a shape error are left to it (see `ShapeDamage`).
        // The loader's (a flood, in file order) are cut before the rules' join them, so a sort sees only what is shown.
        let diagnostics = AcceptedWarnings.apply(
            loaded.acceptances,
            to: DiagnosticLimit.finish(loaded.diagnostics) + found.joined().filter { !loaded.damage.mayEcho($0) }
        )
        return CheckResult(regulation: regulation, index: index, diagnostics: DiagnosticLimit.finish(diagnostics), files: loaded.files)
    }
}

public struct CheckResult: Sendable {
    /// Nil when the regulation could not be read far enough to check its meaning.
    public var regulation: Regulation?
    /// The look-ups and script graphs the checks used, for the compiler to reuse.
    public var index: RegulationIndex?
    /// In file order, at most `DiagnosticLimit.perCodeAndFile` of a code in a file
    /// (a note stands for the rest, and `errorCount` counts them).
    public var diagnostics: [Diagnostic]
    public var files: [String]

    public var hasErrors: Bool { diagnostics.errorCount > 0 }
}

/// A check type to hand to another thread (metatypes of Sendable types are safe to share).
private struct CheckBox: @unchecked Sendable {
    let check: any Check.Type
}
