/// A server's reply: a three-digit code and one or more lines of text
/// (`250-first`, `250-second`, `250 last`).
package struct SMTPReply: Sendable, Equatable, CustomStringConvertible {
    let code: Int
    let lines: [String]

    var isPositive: Bool { (200..<400).contains(code) }
    package var description: String { "\(code) \(lines.joined(separator: " | "))" }

    /// The extension keywords an EHLO reply offers (`STARTTLS`, `AUTH PLAIN LOGIN`...), upper-cased.
    var extensions: [String] { lines.dropFirst().map { $0.uppercased() } }

    /// The error a refusal is: 4xx can pass with time, 5xx will not.
    func refusal(to command: String) -> DeliveryError {
        let text = "\(command): \(self)"
        return code >= 500 ? .permanent(text) : .transient(text)
    }
}
