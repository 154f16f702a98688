import ReglamentDiagnostics

/// What loading a regulation gives: the model when its shape is sound, and
/// every problem found on the way.
public struct LoadedRegulation: Sendable {
    public var regulation: Regulation?
    public var diagnostics: [Diagnostic]
    /// The main file first, then its includes, as they were read.
    public var files: [String]
}
