import ReglamentDiagnostics

/// What loading a regulation gives: the model of what could be read, and
/// every problem found on the way.
public struct LoadedRegulation: Sendable {
    /// Nil when a required part of the root cannot be read; with shape
    /// errors, the model lacks the parts that have them (see `damage`).
    public var regulation: Regulation?
    public var diagnostics: [Diagnostic]
    /// The main file first, then its includes, as they were read.
    public var files: [String]
    /// Where shape errors left parts out, so rules do not report them again.
    public var damage = ShapeDamage()
    /// The warnings the regulation accepts on purpose (`accept:`), for the checker to match.
    public var acceptances: [WarningAcceptance] = []
}
