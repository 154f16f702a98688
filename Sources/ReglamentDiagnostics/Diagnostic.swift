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

    public init(
        code: String,
        severity: Severity,
        message: String,
        hint: String? = nil,
        location: SourceLocation,
        related: [RelatedLocation] = []
    ) {
        self.code = code
        self.severity = severity
        self.message = message
        self.hint = hint
        self.location = location
        self.related = related
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
    public var errorCount: Int { count { $0.severity == .error } }
    public var warningCount: Int { count { $0.severity == .warning } }
}
