import Foundation
import Mustache
import ReglamentCompile
import ReglamentTemplates

/// Renders the operator handbook — `handbook.html` and `handbook.md` —
/// from a compiled regulation through Mustache templates.
///
/// The compile command calls it like this:
///
/// ```swift
/// let renderer = HandbookRenderer(
///     overrides: regulation.templates,           // name → path, e.g. "handbook.html": "templates/my.html.mustache"
///     relativeTo: mainFile.deletingLastPathComponent()
/// )
/// let handbook = try renderer.render(compiled)   // throws(HandbookError)
/// try renderer.write(handbook, to: outputDirectory)  // DIR/handbook.html, DIR/handbook.md
/// ```
///
/// Templates are `handbook.html.mustache` and `handbook.md.mustache`, built
/// into the binary or read from a folder (``TemplateSource``); an override replaces one of them
/// (names other than `handbook.html` and `handbook.md` are ignored here).
/// Templates read a ``HandbookView``. Values are escaped by Mustache's
/// `{{ }}` (HTML by default; the Markdown template declares
/// `{{% CONTENT_TYPE: MARKDOWN}}`). A missing or invalid template is a
/// ``HandbookError`` naming its path, never a crash.
public struct HandbookRenderer: Sendable {
    public static let htmlName = "handbook.html"
    public static let markdownName = "handbook.md"

    /// Where the default templates are read from: built in, or a folder.
    public var templates: TemplateSource
    /// Template name → path of the regulation's own file.
    public var overrides: [String: String]
    /// Relative override paths are resolved against this folder (the
    /// regulation's main file's folder); the current directory when nil.
    public var base: URL?

    public init(
        templates: TemplateSource = .builtIn,
        overrides: [String: String] = [:],
        relativeTo base: URL? = nil
    ) {
        self.templates = templates
        self.overrides = overrides
        self.base = base
    }

    /// Both handbooks of `compiled`.
    public func render(_ compiled: CompiledRegulation) throws(HandbookError) -> (html: String, markdown: String) {
        try render(HandbookView(compiled))
    }

    public func render(_ view: HandbookView) throws(HandbookError) -> (html: String, markdown: String) {
        let html = try template(named: Self.htmlName)
        let markdown = try template(named: Self.markdownName)
        return (html.render(view), markdown.render(view))
    }

    /// Writes `DIR/handbook.html` and `DIR/handbook.md`, creating `DIR` if
    /// needed: both or neither (`OutputSet`).
    public func write(_ handbook: (html: String, markdown: String), to directory: URL) throws(HandbookError) {
        var output = OutputSet(folder: directory)
        add(handbook, to: &output)
        do {
            try output.commit()
        } catch {
            throw .cannotWrite(path: error.path, reason: error.reason)
        }
    }

    /// Adds `handbook.html` and `handbook.md` to files written together.
    public func add(_ handbook: (html: String, markdown: String), to output: inout OutputSet) {
        output.add(Self.htmlName, handbook.html)
        output.add(Self.markdownName, handbook.markdown)
    }

    /// Where the template called `name` is read from: its override's path, or
    /// the default templates' (a folder's path, or the built-in one's name).
    public func path(of name: String) -> String {
        guard let override = overrides[name] else {
            return templates.location(of: "\(name).mustache")
        }
        if override.hasPrefix("/") { return override }
        let folder = base ?? URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true)
        return folder.appendingPathComponent(override).standardizedFileURL.path
    }

    func template(named name: String) throws(HandbookError) -> MustacheTemplate {
        _ = Self.registerContentTypes
        let path = path(of: name)
        let text: String
        do {
            if overrides[name] == nil {
                text = try templates.text(of: "\(name).mustache")
            } else {
                text = try TemplateSource.file(at: path)
            }
        } catch {
            throw .templateUnreadable(path: error.path, reason: error.reason)
        }
        do {
            return try MustacheTemplate(string: text)
        } catch let error as MustacheTemplate.ParserError {
            throw .templateInvalid(
                path: path, line: error.context.lineNumber, column: error.context.columnNumber,
                reason: Self.reason(error.error)
            )
        } catch {
            throw .templateInvalid(path: path, line: 1, column: 1, reason: "\(error)")
        }
    }

    private static let registerContentTypes: Void = {
        MustacheContentTypes.register(MarkdownContentType(), named: MarkdownContentType.name)
    }()

    static func reason(_ error: any Error) -> String {
        switch error as? MustacheTemplate.Error {
        case .sectionCloseNameIncorrect: "a section is closed with a different name than it was opened with"
        case .unfinishedName: "a tag is not closed (missing '}}')"
        case .expectedSectionEnd: "a section is opened and never closed"
        case .invalidSetDelimiter: "bad set-delimiter tag"
        case .transformAppliedToInheritanceSection: "a transform cannot apply to an inherited section"
        case .illegalTokenInsideInheritSection, .textInsideInheritSection: "only block definitions may appear inside a parent partial"
        case .invalidConfigVariableSyntax: "bad pragma: write {{% CONTENT_TYPE: HTML}}"
        case .unrecognisedConfigVariable: "unknown pragma or content type (known: HTML, TEXT, MARKDOWN)"
        case nil: "\(error)"
        }
    }
}
