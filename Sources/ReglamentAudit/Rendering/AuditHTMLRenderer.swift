import Foundation
import Mustache
import ReglamentCompile
import ReglamentHandbook

/// Renders the audit as one self-contained HTML page through
/// `Templates/audit.html.mustache` (the handbook's templates folder).
public struct AuditHTMLRenderer: Sendable {
    public static let templateName = "audit.html"
    public var templates: URL

    public init(templates: URL = HandbookRenderer.defaultTemplates) {
        self.templates = templates
    }

    public func render(_ report: AuditReport, compiled: CompiledRegulation) throws(AuditError) -> String {
        let path = templates.appendingPathComponent("\(Self.templateName).mustache").path
        let text: String
        do {
            text = try String(contentsOf: URL(fileURLWithPath: path), encoding: .utf8)
        } catch {
            throw .templateUnreadable(path: path)
        }
        do {
            return try MustacheTemplate(string: text).render(AuditView(report, compiled: compiled))
        } catch {
            throw .templateInvalid(path: path, reason: "\(error)")
        }
    }
}
