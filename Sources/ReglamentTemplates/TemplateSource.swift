import Foundation

/// Where Reglament reads its own Mustache templates from: those built into
/// the binary, or a folder named on the command line (`--templates DIR`),
/// which then replaces them all.
public enum TemplateSource: Sendable, Equatable {
    case builtIn
    case folder(URL)

    /// The text of the template file `name` (`handbook.html.mustache`).
    public func text(of name: String) throws(TemplateUnreadable) -> String {
        switch self {
        case .builtIn:
            guard let text = BuiltInTemplates.text(of: name) else {
                throw TemplateUnreadable(path: location(of: name), reason: "no such template is built in")
            }
            return text
        case .folder(let folder):
            return try Self.file(at: folder.appendingPathComponent(name).path)
        }
    }

    /// The text of the template file at `path` (a regulation's own template, or one in a folder).
    public static func file(at path: String) throws(TemplateUnreadable) -> String {
        do {
            return try String(contentsOf: URL(fileURLWithPath: path), encoding: .utf8)
        } catch {
            let reason = FileManager.default.fileExists(atPath: path) ? "not readable as UTF-8 text" : "no such file"
            throw TemplateUnreadable(path: path, reason: reason)
        }
    }

    /// How a message names the template `name`: its path in the folder, or
    /// the built-in one by its path in the package.
    public func location(of name: String) -> String {
        switch self {
        case .builtIn: "built-in Templates/\(name)"
        case .folder(let folder): folder.appendingPathComponent(name).path
        }
    }
}

/// A template that could not be read, with the path (or built-in name) and why.
public struct TemplateUnreadable: Error, Sendable, Equatable {
    public let path: String
    public let reason: String
}
