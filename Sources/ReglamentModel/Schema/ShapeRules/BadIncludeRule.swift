import ReglamentDiagnostics

/// An `include:` entry that cannot be read into the regulation.
public struct BadIncludeRule: Rule {
    public static let description = RuleDescription(
        code: "R107", name: "bad-include", severity: .error,
        summary: "An included file is missing, unreadable, not valid YAML, or included twice.",
        triggering: [
            """
            include: [↓no-such-file.yaml]
            """,
        ],
        nonTriggering: [
            "include: []",
        ]
    )

    /// Nothing of the file is read: not even its first line may reach a diagnostic.
    static func outsideFolder(_ name: String, at location: SourceLocation) -> Diagnostic {
        description.diagnostic("'\(name)' is outside the regulation's folder", hint: RegulationFolder.hint, at: location)
    }

    static func includedTwice(_ name: String, at location: SourceLocation) -> Diagnostic {
        description.diagnostic("'\(name)' is included more than once or includes itself", at: location)
    }

    /// The loader's problem with the file, said at the `include:` entry, with the place in the file as a note.
    static func unreadable(_ name: String, problem: Diagnostic, includedFrom file: String, at location: SourceLocation) -> Diagnostic {
        description.diagnostic(
            "cannot include '\(name)': \(problem.message)",
            hint: problem.hint ?? "paths are relative to \(file)",
            at: location,
            related: problem.location.line > 0 ? [RelatedLocation(message: "the problem is here", location: problem.location)] : []
        )
    }
}
