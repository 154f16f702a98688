/// A place in a regulation file: 1-based line and column (columns count
/// Unicode scalars, as editors show them), so every diagnostic can point at
/// the user's own text.
public struct SourceLocation: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// For values that come from no file (defaults, generated examples).
    public static let unknown = SourceLocation(file: "<unknown>", line: 0, column: 0)

    public var description: String { "\(file):\(line):\(column)" }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.file, lhs.line, lhs.column) < (rhs.file, rhs.line, rhs.column)
    }
}
