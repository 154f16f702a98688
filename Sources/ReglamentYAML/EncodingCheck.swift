import ReglamentDiagnostics

/// Checks that a file is text YAML can read before libyaml sees it: UTF-8,
/// with no NUL and no control character outside tab and line breaks.
/// libyaml checks this too, but reports only a byte offset and a generic
/// message; here the diagnostic names the byte and its line and column. The
/// loader runs it only when loading failed, to name the real problem.
enum EncodingCheck {
    /// libyaml would read a file that starts with a UTF-16 byte order mark
    /// as UTF-16; a regulation is UTF-8.
    static func refuseUTF16(_ bytes: [UInt8], file: String) throws(YAMLLoadError) {
        try bytes.withUnsafeBufferPointer { (buffer) throws(YAMLLoadError) in
            if startsAsUTF16(buffer) { try validate(buffer, file: file) }
        }
    }

    static func validate(_ bytes: UnsafeBufferPointer<UInt8>, file: String) throws(YAMLLoadError) {
        guard let problem = firstProblem(in: bytes) else { return }
        let place = SourcePosition.lineAndColumn(ofByte: problem.offset, in: bytes)
        let location = SourceLocation(file: file, line: place.line, column: place.column)
        switch problem.kind {
        case .utf16:
            throw YAMLLoadError(
                .invalidUTF8, "the file is UTF-16; YAML files here are read as UTF-8",
                hint: "save the file as UTF-8", at: location)
        case .invalidUTF8(let byte):
            throw YAMLLoadError(
                .invalidUTF8, "invalid UTF-8: byte 0x\(hex(byte, digits: 2)) does not begin a valid character",
                hint: "save the file as UTF-8", at: location)
        case .nul:
            throw YAMLLoadError(
                .nulByte, "NUL byte (0x00) in the text",
                hint: "the file may be binary or UTF-16; save it as UTF-8 text", at: location)
        case .control(let scalar):
            throw YAMLLoadError(
                .controlCharacter, "control character U+\(hex(scalar, digits: 4)) is not allowed in YAML",
                hint: "remove it, or write it as an escape inside a double-quoted string", at: location)
        }
    }

    struct Problem: Equatable {
        enum Kind: Equatable {
            case utf16
            case invalidUTF8(UInt8)
            case nul
            case control(UInt32)
        }
        var kind: Kind
        var offset: Int
    }

    /// A UTF-16 byte order mark, either way round.
    private static func startsAsUTF16(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.count >= 2 && (bytes[0] == 0xFF && bytes[1] == 0xFE || bytes[0] == 0xFE && bytes[1] == 0xFF)
    }

    static func firstProblem(in bytes: UnsafeBufferPointer<UInt8>) -> Problem? {
        if startsAsUTF16(bytes) {
            return Problem(kind: .utf16, offset: 0)
        }
        let count = bytes.count
        var index = 0
        while index < count {
            let byte = bytes[index]
            if byte < 0x80 {
                if byte >= 0x20 && byte != 0x7F || byte == 0x0A || byte == 0x0D || byte == 0x09 {
                    index += 1
                    continue
                }
                return Problem(kind: byte == 0 ? .nul : .control(UInt32(byte)), offset: index)
            }
            guard let (scalar, length) = decodeMultiByte(at: index, in: bytes) else {
                return Problem(kind: .invalidUTF8(byte), offset: index)
            }
            // The C1 controls (but NEL, a line break) and the two noncharacters
            // libyaml's reader refuses.
            if scalar >= 0x80 && scalar <= 0x9F && scalar != 0x85 || scalar == 0xFFFE || scalar == 0xFFFF {
                return Problem(kind: .control(scalar), offset: index)
            }
            index += length
        }
        return nil
    }

    /// Decodes a character of two to four bytes, refusing overlong forms,
    /// surrogates and values past U+10FFFF as UTF-8 requires.
    private static func decodeMultiByte(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (UInt32, Int)? {
        let lead = bytes[index]
        let length: Int
        var scalar: UInt32
        var secondRange: ClosedRange<UInt8> = 0x80...0xBF
        switch lead {
        case 0xC2...0xDF:
            length = 2; scalar = UInt32(lead & 0x1F)
        case 0xE0...0xEF:
            length = 3; scalar = UInt32(lead & 0x0F)
            if lead == 0xE0 { secondRange = 0xA0...0xBF }
            if lead == 0xED { secondRange = 0x80...0x9F }
        case 0xF0...0xF4:
            length = 4; scalar = UInt32(lead & 0x07)
            if lead == 0xF0 { secondRange = 0x90...0xBF }
            if lead == 0xF4 { secondRange = 0x80...0x8F }
        default:
            return nil
        }
        guard index + length <= bytes.count, secondRange.contains(bytes[index + 1]) else { return nil }
        for offset in 1..<length {
            let continuation = bytes[index + offset]
            guard continuation & 0xC0 == 0x80 else { return nil }
            scalar = scalar << 6 | UInt32(continuation & 0x3F)
        }
        return (scalar, length)
    }

    private static func hex(_ value: some BinaryInteger, digits: Int) -> String {
        let text = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, digits - text.count)) + text
    }
}
