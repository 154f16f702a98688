import Foundation
import Mustache
import ReglamentTemplates

/// The workspace's pages: `Templates/web/*.mustache`, built into the
/// binary and parsed once at start, each filling the layout's blocks.
/// Mustache escapes every value, so a client's words reach a page as text.
struct Pages: Sendable {
    static let names = ["layout", "login", "home", "call", "outcomes", "admin", "problem", "pop", "notice", "regulation", "draft"]
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
        library.render(PageContext.make(view), withTemplate: name) ?? ""
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

/// A page's values as nested dictionaries, made in one pass over the view.
/// Mustache looks a struct's values up with a new `Mirror` for every name
/// it meets, up the stack of sections: on the call page that was a third of
/// a step's time. A dictionary answers each name at once.
enum PageContext {
    static func make(_ value: Any) -> Any {
        switch value {
        case is String, is Bool, is Int, is Double: return value
        case let list as [Any]: return list.map(make)
        default: break
        }
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .optional:
            return mirror.children.first.map { make($0.value) } as Any
        case .struct, .class:
            var fields: [String: Any] = [:]
            for child in mirror.children {
                guard let label = child.label else { continue }
                let inner = Mirror(reflecting: child.value)
                // A nil field is left out: its section does not show, as before.
                if inner.displayStyle == .optional, inner.children.isEmpty { continue }
                fields[label] = make(child.value)
            }
            return fields
        default:
            return value
        }
    }
}
