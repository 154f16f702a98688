import Foundation
import Mustache
import ReglamentRun
import ReglamentTemplates

/// The email templates, a text and an HTML one per kind of mail, parsed
/// once when the mailer is set up: a bad template stops `reglament run`
/// before the first call, never at an outcome.
public struct MailTemplates: Sendable {
    public static let names = OwnerMailKind.allCases.flatMap { ["\($0.rawValue)-email.txt", "\($0.rawValue)-email.html"] }

    private let library: MustacheLibrary

    /// Reglament's templates (built in, or from a folder), with the
    /// regulation's own texts (`overrides`, name → Mustache text) in their place.
    public init(templates: TemplateSource = .builtIn, overrides: [String: String] = [:]) throws(MailTemplateError) {
        var library = MustacheLibrary()
        for name in Self.names {
            let location = templates.location(of: name + ".mustache")
            let source: String
            if let override = overrides[name] {
                source = override
            } else {
                do { source = try templates.text(of: name + ".mustache") } catch {
                    throw MailTemplateError(template: error.path, reason: "cannot read it: \(error.reason)")
                }
            }
            // Plain-text templates must not HTML-escape the client's words.
            let text = name.hasSuffix(".txt") ? "{{% CONTENT_TYPE: TEXT}}\n" + source : source
            do {
                library.register(try MustacheTemplate(string: text), named: name)
            } catch {
                throw MailTemplateError(template: overrides[name] == nil ? location : "the regulation's \(name)", reason: "\(error)")
            }
        }
        self.library = library
    }

    func render(_ name: String, _ view: Any) -> String {
        library.render(view, withTemplate: name) ?? ""
    }
}

public struct MailTemplateError: Error, CustomStringConvertible {
    public let template: String
    public let reason: String
    public var description: String { "email template '\(template)': \(reason)" }
}
