import ReglamentDiagnostics

/// A key given in two files of one regulation (`IncludeResolver`) whose
/// values cannot be joined: lists are joined and mappings merged, anything
/// else would make one file silently win.
public struct ConflictingSectionsRule: Rule {
    public static let description = RuleDescription(
        code: "R106", name: "conflicting-sections", severity: .error,
        summary: "A section or value is given both in the main file and in an included file.",
        // Needs a second file: `IncludeTests` triggers it.
        triggering: [],
        nonTriggering: [
            // One file cannot conflict with itself (a key written twice is the loader's Y009).
            "include: []",
        ]
    )

    static func diagnostic(_ key: String, at location: SourceLocation, alsoAt first: SourceLocation) -> Diagnostic {
        description.diagnostic(
            "'\(key)' is given in two files",
            hint: "keep one of them, or make both lists so they are joined",
            at: location,
            related: [RelatedLocation(message: "also given here", location: first)]
        )
    }
}
