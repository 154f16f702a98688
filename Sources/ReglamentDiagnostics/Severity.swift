public enum Severity: String, Sendable, Hashable, Codable, Comparable {
    case error
    case warning
    /// Not a problem of its own: says something of the others (how many
    /// more like them were found and not shown, `DiagnosticLimit`).
    case note

    public static func < (lhs: Severity, rhs: Severity) -> Bool {
        lhs.rank < rhs.rank
    }

    private var rank: Int {
        switch self {
        case .note: 0
        case .warning: 1
        case .error: 2
        }
    }
}
