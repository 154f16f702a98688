/// Turns diagnostics into the text one audience reads: people at a
/// terminal, scripts, or code-scanning services.
public protocol DiagnosticReporter {
    /// The whole report for `diagnostics`, already in the order to print.
    func report(_ diagnostics: [Diagnostic], sources: SourceFiles) -> String
}
