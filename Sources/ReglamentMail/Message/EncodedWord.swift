/// RFC 2047 encoded-words: how a header says non-ASCII text ("Заказ
/// UYUT-1125-001", "Ольга Смирнова") so every mail client shows it.
enum EncodedWord {
    /// The RFC allows 75; 66 keeps even the first word, after `Reply-To: `, within a 78-character line.
    static let maximumLength = 66

    /// Unstructured text (Subject): ASCII as it is, else base64 words.
    /// Folding between words is left to the header writer.
    static func text(_ value: String) -> [String] {
        let value = HeaderText.singleLine(value)
        if value.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }), !value.contains("=?") {
            return value.split(separator: " ").map(String.init)
        }
        return words(value)
    }

    /// A display name: a quoted string when ASCII, else encoded-words.
    static func phrase(_ name: String) -> [String] {
        if name.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }), !name.contains("=?") {
            let escaped = name.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            return ["\"\(escaped)\""]
        }
        return words(name)
    }

    /// `=?UTF-8?B?...?=` words, each within the limit and each holding whole
    /// characters (a word must decode on its own). A word of the text is cut
    /// only when it is longer than an encoded-word holds: an encoded-word
    /// ends after a space. The RFC has readers join adjacent encoded-words,
    /// but some put a space between any two in a display name (Python's
    /// `email` showed the client's name as «Ёлкин а»).
    private static func words(_ value: String) -> [String] {
        let prefix = "=?UTF-8?B?", suffix = "?="
        // 4 base64 characters carry 3 bytes.
        let bytesPerWord = (maximumLength - prefix.count - suffix.count) / 4 * 3
        var words: [String] = []
        var chunk: [UInt8] = []
        for character in value {
            let bytes = Array(String(character).utf8)
            while chunk.count + bytes.count > bytesPerWord, !chunk.isEmpty {
                let cut = chunk.lastIndex(of: UInt8(ascii: " ")).map { $0 + 1 } ?? chunk.count
                words.append(prefix + Base64.encode(Array(chunk[..<cut])) + suffix)
                chunk = Array(chunk[cut...])
            }
            chunk += bytes
        }
        if !chunk.isEmpty { words.append(prefix + Base64.encode(chunk) + suffix) }
        return words
    }
}
