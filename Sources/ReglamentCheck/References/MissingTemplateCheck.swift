import Foundation
import ReglamentDiagnostics
import ReglamentModel

/// A regulation's own templates must exist where it says they are.
public struct MissingTemplateCheck: Check {
    public static let description = RuleDescription(
        code: "R202", name: "missing-template", severity: .error,
        summary: "A template the regulation names is not a readable file (paths are relative to the main file).",
        triggering: [
            """
            templates:
              handbook.html: ↓templates/no-such-handbook.html.mustache
            """,
        ],
        nonTriggering: [
            // No template of one's own: the built-in ones are used.
            "templates: {}",
        ]
    )

    public static let knownTemplates = [
        "handbook.html", "handbook.md", "message-email.txt", "message-email.html", "order-email.txt", "order-email.html",
    ]

    public init() {}

    public func check(_ regulation: Regulation, index: RegulationIndex) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        for (name, path) in (regulation.templates ?? [:]).sorted(by: { $0.key < $1.key }) {
            if !MissingTemplateCheck.knownTemplates.contains(name) {
                problems.append(Self.description.diagnostic(
                    "unknown template '\(name)'",
                    hint: Spelling.closest(to: name, among: MissingTemplateCheck.knownTemplates).map { "did you mean '\($0)'?" }
                        ?? "templates: \(MissingTemplateCheck.knownTemplates.joined(separator: ", "))",
                    at: path.location
                ))
            }
            let full = FilePathText.resolve(path.value, relativeTo: regulation.location.file)
            if !RegulationFolder.contains(full, mainFile: regulation.location.file) {
                problems.append(Self.description.diagnostic(
                    "template file '\(path.value)' is outside the regulation's folder", hint: RegulationFolder.hint, at: path.location
                ))
            } else if (try? FileManager.default.attributesOfItem(atPath: full)[.type] as? FileAttributeType) ?? nil != .typeRegular
                        || !FileManager.default.isReadableFile(atPath: full) {
                problems.append(Self.description.diagnostic(
                    "template file '\(path.value)' not found", hint: "looked for \(full)", at: path.location
                ))
            }
        }
        return problems
    }
}
