/// One problem found in a regulation: what every layer (loader, shape,
/// checks) reports and every reporter (text, JSON, SARIF) prints.
public struct Diagnostic: Hashable, Sendable {
    /// Stable code, e.g. `Y001` for the loader, `R101` for checks.
    public var code: String
    public var severity: Severity
    /// One line, quoting the user's value where there is one.
    public var message: String
    public var hint: String?
    public var location: SourceLocation
    /// Other places that belong to the same problem (the other of two
    /// overlapping ranges, the first definition of a duplicate id).
    public var related: [RelatedLocation]
    /// For a note that stands for diagnostics not shown (`DiagnosticLimit`):
    /// how many, so that every count stays the count found.
    public var omitted: Omitted?
    /// For a warning the regulation accepts (now a note): why, and where it says so.
    public var accepted: Acceptance?

    public init(
        code: String,
        severity: Severity,
        message: String,
        hint: String? = nil,
        location: SourceLocation,
        related: [RelatedLocation] = [],
        omitted: Omitted? = nil,
        accepted: Acceptance? = nil
    ) {
        self.code = code
        self.severity = severity
        self.message = message
        self.hint = hint
        self.location = location
        self.related = related
        self.omitted = omitted
        self.accepted = accepted
    }

    /// Diagnostics found and not shown, by severity.
    public struct Omitted: Hashable, Sendable {
        public var errors: Int
        public var warnings: Int

        public init(errors: Int = 0, warnings: Int = 0) {
            self.errors = errors
            self.warnings = warnings
        }

        public var total: Int { errors + warnings }
    }

    /// As `--strict` reads it: a warning is an error, and so is every
    /// warning a note stands for.
    public var treatingWarningsAsErrors: Diagnostic {
        var strict = self
        if severity == .warning { strict.severity = .error }
        strict.omitted = omitted.map { Omitted(errors: $0.total) }
        return strict
    }
}

public struct RelatedLocation: Hashable, Sendable {
    public var message: String
    public var location: SourceLocation

    public init(message: String, location: SourceLocation) {
        self.message = message
        self.location = location
    }
}

extension Diagnostic: Comparable {
    /// Diagnostics print in file order, then by code, so output is stable.
    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        (lhs.location, lhs.code, lhs.message) < (rhs.location, rhs.code, rhs.message)
    }
}

extension Array where Element == Diagnostic {
    /// Errors found, the shown and those a note stands for.
    public var errorCount: Int { reduce(0) { $0 + ($1.severity == .error ? 1 : 0) + ($1.omitted?.errors ?? 0) } }
    /// Warnings found, the shown and those a note stands for.
    public var warningCount: Int { reduce(0) { $0 + ($1.severity == .warning ? 1 : 0) + ($1.omitted?.warnings ?? 0) } }
    /// Sorted (`<`), without copying when already in order: a flood of
    /// 200,000 comes mostly in order, and a sort copies every one.
    public var inFileOrder: [Diagnostic] {
        // By index: a pair of copies per step (as `zip` makes) cost as much as the sort saved.
        indices.dropFirst().allSatisfy { !(self[$0] < self[$0 - 1]) } ? self : sorted()
    }

    /// Warnings the regulation accepts, shown as notes.
    public var acceptedCount: Int { reduce(0) { $0 + ($1.accepted == nil ? 0 : 1) } }

    /// Diagnostics found and not shown.
    public var omittedCount: Int { reduce(0) { $0 + ($1.omitted?.total ?? 0) } }
}
