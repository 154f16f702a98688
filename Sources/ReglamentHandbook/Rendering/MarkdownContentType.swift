import Mustache

/// Escaping for Markdown, chosen in a template with
/// `{{% CONTENT_TYPE: MARKDOWN}}`: a value cannot start emphasis, code,
/// links, raw HTML or a table cell, and stays on one line (so it fits a
/// table row or a list item).
struct MarkdownContentType: MustacheContentType {
    static let name = "MARKDOWN"
    private static let special: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">", "|", "#"]

    func escapeText(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.count)
        for character in text {
            if character.isNewline {
                escaped.append(" ")
            } else {
                if Self.special.contains(character) { escaped.append("\\") }
                escaped.append(character)
            }
        }
        return escaped
    }
}
