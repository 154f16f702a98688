import Foundation
import Mustache
import ReglamentCompile
import ReglamentHandbook
import ReglamentTemplates

/// Renders the audit as one self-contained HTML page through
/// `Templates/audit.html.mustache` (built in, or from a folder like the handbook's).
public struct AuditHTMLRenderer: Sendable {
    public static let templateName = "audit.html"
    public var templates: TemplateSource

    public init(templates: TemplateSource = .builtIn) {
        self.templates = templates
    }

    public func render(_ report: AuditReport, compiled: CompiledRegulation, panel: AuditView.Panel? = nil) throws(AuditError) -> String {
        let name = "\(Self.templateName).mustache"
        let path = templates.location(of: name)
        let text: String
        do {
            text = try templates.text(of: name)
        } catch {
            throw .templateUnreadable(path: path)
        }
        do {
            var view = AuditView(report, compiled: compiled)
            view.panel = panel
            return try MustacheTemplate(string: text).render(view)
        } catch {
            throw .templateInvalid(path: path, reason: "\(error)")
        }
    }
}
