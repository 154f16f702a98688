import Foundation
import ReglamentModel

/// The regulation's own email templates, read at compile time: the runner
/// that sends the mail reads only the compiled script. (The handbook's
/// templates are used by `compile` itself and are not carried.)
enum MailTemplateOverrides {
    static let names: Set = [
        "message-email.txt", "message-email.html", "order-email.txt", "order-email.html",
        "notification-email.txt", "notification-email.html",
    ]

    /// Name → template text; nil when the regulation overrides none. A
    /// missing file is reported by the check (R202) before compiling.
    static func read(_ templates: [String: Located<String>]?, folder: String) -> [String: String]? {
        var texts: [String: String] = [:]
        for (name, path) in templates ?? [:] where names.contains(name) {
            let url = URL(fileURLWithPath: path.value, relativeTo: URL(fileURLWithPath: folder.isEmpty ? "." : folder, isDirectory: true))
            if let text = try? String(contentsOf: url, encoding: .utf8) { texts[name] = text }
        }
        return texts.isEmpty ? nil : texts
    }
}
