/// Maps between byte offsets in a YAML file and the 1-based line and column
/// that libyaml's marks give, for the problems libyaml does not mark itself
/// (bad encoding, control characters) and for looking at a line's
/// indentation. Only error paths use it, so it scans rather than indexes.
///
/// Lines break where libyaml breaks them: LF, CR, CR LF, and YAML 1.1's
/// NEL, LS and PS. Columns count Unicode scalars; a byte order mark at the
/// start of the file is not a column.
enum SourcePosition {
    static func lineAndColumn(ofByte offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (line: Int, column: Int) {
        var line = 1
        var lineStart = 0
        var index = 0
        let end = min(offset, bytes.count)
        while index < end {
            if let breakLength = lineBreakLength(at: index, in: bytes) {
                index += breakLength
                if index <= end {
                    line += 1
                    lineStart = index
                }
            } else {
                index += 1
            }
        }
        return (line, scalarCount(from: lineStart, to: end, in: bytes) + 1)
    }

    /// The bytes of a 1-based line, without its line break.
    static func lineBytes(_ line: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        var current = 1
        var index = 0
        var lineStart = 0
        while index < bytes.count {
            if let breakLength = lineBreakLength(at: index, in: bytes) {
                if current == line { return lineStart..<index }
                index += breakLength
                lineStart = index
                current += 1
            } else {
                index += 1
            }
        }
        return current == line ? lineStart..<bytes.count : nil
    }

    /// The 1-based column of the byte at `offset`, the line starting at `lineStart`.
    static func column(ofByte offset: Int, lineStart: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        scalarCount(from: lineStart, to: offset, in: bytes) + 1
    }

    private static func lineBreakLength(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        switch bytes[index] {
        case UInt8(ascii: "\n"):
            return 1
        case UInt8(ascii: "\r"):
            return index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "\n") ? 2 : 1
        case 0xC2 where index + 1 < bytes.count && bytes[index + 1] == 0x85:
            return 2
        case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
            return 3
        default:
            return nil
        }
    }

    private static func scalarCount(from start: Int, to end: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var first = start
        if first == 0 && bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF {
            first = min(3, end)
        }
        var count = 0
        for index in first..<max(first, end) where bytes[index] & 0xC0 != 0x80 {
            count += 1
        }
        return count
    }
}
