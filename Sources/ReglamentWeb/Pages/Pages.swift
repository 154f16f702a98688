import Foundation
import Mustache
import ReglamentTemplates

/// The workspace's pages: `Templates/web/*.mustache`, built into the
/// binary and parsed once at start, each filling the layout's blocks.
/// Mustache escapes every value, so a client's words reach a page as text.
struct Pages: Sendable {
    static let names = ["layout", "login", "home", "call", "outcomes", "admin", "problem", "pop", "notice"]
    private let library: MustacheLibrary

    init() throws {
        var library = MustacheLibrary()
        for name in Self.names {
            guard let text = BuiltInTemplates.text(of: "web/\(name).mustache") else { throw PagesMissing(name: name) }
            library.register(try MustacheTemplate(string: text), named: name)
        }
        self.library = library
    }

    func render(_ name: String, _ view: Any) -> String {
        library.render(view, withTemplate: name) ?? ""
    }

    /// The script and style sheet, from the server itself (the CSP allows no other origin).
    static func asset(_ name: String) -> String? {
        BuiltInTemplates.text(of: "web/\(name)")
    }
}

struct PagesMissing: Error, CustomStringConvertible {
    let name: String
    var description: String { "the page template web/\(name).mustache is not built in" }
}
