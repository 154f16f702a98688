import ReglamentDiagnostics

/// A small file and problems in it, shared by the reporters' tests.
enum ReportSamples {
    static let file = "Regulations/demo/regulation.yaml"

    static let text = """
        reglament: 1
        shop:
          nmae: Демо
        \tbad: 1
        delivery:
          zones:
            - {id: центр, postal: ["101000-129999"]}
        """

    static var sources: SourceFiles { SourceFiles(texts: [file: text]) }

    static let unknownKey = Diagnostic(
        code: "R101", severity: .error, message: "unknown key 'nmae' in 'shop'",
        hint: "did you mean 'name'?", location: SourceLocation(file: file, line: 3, column: 3))

    /// Points past Cyrillic text: the caret must count characters, not bytes.
    static let overlap = Diagnostic(
        code: "R401", severity: .warning, message: "postal range 101000-129999 overlaps another zone",
        location: SourceLocation(file: file, line: 7, column: 31),
        related: [RelatedLocation(message: "the other range", location: SourceLocation(file: file, line: 3, column: 9))])

    static let afterTab = Diagnostic(
        code: "Y008", severity: .error, message: "a tab indents this line", location: SourceLocation(file: file, line: 4, column: 2))
}

extension ReportSamples {
    /// The overlap, accepted on purpose where the zone is written.
    static let acceptedOverlap = overlap.accepted(Diagnostic.Acceptance(
        reason: "центр и север делят индексы — так и задумано", location: SourceLocation(file: file, line: 6, column: 5)))
}
