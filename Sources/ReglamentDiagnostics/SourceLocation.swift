/// A place in a regulation file: 1-based line and column (columns count
/// Unicode characters, as editors show them), so every diagnostic can point
/// at the user's own text.
///
/// Every value of a regulation carries one, so it is kept to three plain
/// integers: the file is a number in `SourceFileTable`, and copying a
/// location costs no reference counting.
public struct SourceLocation: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var fileID: SourceFileID
    public var line: Int
    public var column: Int

    public init(fileID: SourceFileID, line: Int, column: Int) {
        self.fileID = fileID
        self.line = line
        self.column = column
    }

    public init(file: String, line: Int, column: Int) {
        self.init(fileID: SourceFileTable.id(for: file), line: line, column: column)
    }

    public var file: String { SourceFileTable.name(of: fileID) }

    /// For values that come from no file (defaults, generated examples).
    public static let unknown = SourceLocation(file: "<unknown>", line: 0, column: 0)

    public var description: String { "\(file):\(line):\(column)" }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        if lhs.fileID != rhs.fileID { return lhs.file < rhs.file }
        return (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }
}
