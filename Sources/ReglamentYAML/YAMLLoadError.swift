import ReglamentDiagnostics

/// Why a YAML file could not become a `YAMLNode` tree: one located
/// diagnostic, always of severity error. The loader stops at the first
/// problem, since nothing after a broken construct can be trusted.
///
/// Its code (`Code`) says which problem and where the diagnostic points.
public struct YAMLLoadError: Error, Sendable {
    public var diagnostic: Diagnostic

    public init(diagnostic: Diagnostic) {
        self.diagnostic = diagnostic
    }

    init(
        _ code: Code,
        _ message: String,
        hint: String? = nil,
        at location: SourceLocation,
        related: [RelatedLocation] = []
    ) {
        diagnostic = Diagnostic(
            code: code.rawValue, severity: .error, message: message,
            hint: hint, location: location, related: related
        )
    }
}
