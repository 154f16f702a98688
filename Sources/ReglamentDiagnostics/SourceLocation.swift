/// A place in a regulation file: 1-based line and column (columns count
/// Unicode characters, as editors show them), so every diagnostic can point
/// at the user's own text.
///
/// Every value of a regulation carries one, so it is kept to three 32-bit
/// integers (12 bytes, not 24: a large regulation holds a million of them,
/// in its YAML tree and again in its model): the file is a number in
/// `SourceFileTable`, and copying a location costs no reference counting.
public struct SourceLocation: Hashable, Comparable, Sendable, BitwiseCopyable, CustomStringConvertible {
    public var fileID: SourceFileID
    private var storedLine: UInt32
    private var storedColumn: UInt32

    public init(fileID: SourceFileID, line: Int, column: Int) {
        self.fileID = fileID
        // Files are refused long before 4 GiB; clamping only keeps a
        // nonsense value from trapping.
        storedLine = UInt32(clamping: line)
        storedColumn = UInt32(clamping: column)
    }

    /// 1-based; 0 for values that come from no file.
    public var line: Int {
        get { Int(storedLine) }
        set { storedLine = UInt32(clamping: newValue) }
    }

    /// 1-based, in Unicode characters.
    public var column: Int {
        get { Int(storedColumn) }
        set { storedColumn = UInt32(clamping: newValue) }
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
