/// What may not stand in a value kept on one line — a name, an address, an
/// item, an e-mail, the message form's answers: such values end up in mail
/// headers, table cells and the owner's e-mails. Judged by Unicode scalar,
/// never by `Character`: "\r\n" is one grapheme, and NEL, U+2028, VT and FF
/// break lines too; a NUL or another control character is never text.
public enum OneLineText {
    /// A line break of any kind: LF, VT, FF, CR, NEL, U+2028, U+2029.
    public static func breaksLines(_ scalar: Unicode.Scalar) -> Bool {
        (0x0A...0x0D).contains(scalar.value) || scalar.value == 0x85 || scalar.value == 0x2028 || scalar.value == 0x2029
    }

    /// A line break or any other control character (C0, DEL, C1).
    public static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        breaksLines(scalar) || scalar.properties.generalCategory == .control
    }

    /// Why `text` cannot be kept on one line, or nil.
    public static func refusal(_ text: String) -> ActionRefusal? {
        guard let bad = text.unicodeScalars.first(where: isForbidden) else { return nil }
        return ActionRefusal(breaksLines(bad) ? "Одной строкой, без переводов строки" : "В тексте служебный символ (U+\(String(bad.value, radix: 16, uppercase: true))): наберите заново")
    }

    /// Why a text of several lines cannot be kept: only line feeds may break it.
    public static func multilineRefusal(_ text: String) -> ActionRefusal? {
        guard let bad = text.unicodeScalars.first(where: { isForbidden($0) && $0 != "\n" }) else { return nil }
        return ActionRefusal("В тексте служебный символ (U+\(String(bad.value, radix: 16, uppercase: true))): наберите заново")
    }
}
