/// The numbers of a format written as digit groups with one separator
/// between them: `7-14`, `630000-633999`, `1500.50`. Read from the UTF-8
/// bytes, without building a substring per part: a large regulation has a
/// few hundred thousand such values, each read by the shape check and again
/// by decoding.
struct DigitGroups {
    struct Group {
        var value: Int
        /// How many digits it was written with (`05` has two).
        var digits: Int
    }

    var first: Group
    /// Nil when the text is one group.
    var second: Group?

    /// Nil unless `text` is one or two groups of digits joined by
    /// `separator`, each group 1 to 18 digits. Spaces and tabs around the
    /// whole are allowed when `trimmingSpaces`.
    init?(_ text: String, separator: Unicode.Scalar, trimmingSpaces: Bool) {
        var bytes = Substring(text).utf8[...]
        if trimmingSpaces {
            while let byte = bytes.first, Self.isSpace(byte) { bytes = bytes.dropFirst() }
            while let byte = bytes.last, Self.isSpace(byte) { bytes = bytes.dropLast() }
        }
        var groups: [Group] = []
        var current = Group(value: 0, digits: 0)
        for byte in bytes {
            if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
                guard current.digits < 18 else { return nil }
                current.value = current.value * 10 + Int(byte - UInt8(ascii: "0"))
                current.digits += 1
            } else if UInt32(byte) == separator.value, current.digits > 0, groups.isEmpty {
                groups.append(current)
                current = Group(value: 0, digits: 0)
            } else {
                return nil
            }
        }
        guard current.digits > 0 else { return nil }
        if let first = groups.first {
            self.first = first
            second = current
        } else {
            first = current
            second = nil
        }
    }

    /// The last group: the second when there are two.
    var last: Group { second ?? first }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t")
    }
}
