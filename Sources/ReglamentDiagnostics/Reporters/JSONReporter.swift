import Foundation

/// The report for scripts and editors: one JSON object on stdout,
/// `{"diagnostics":[{"code","severity","message","hint","file","line","column","related"}],"errors":N,"warnings":N}`.
/// `hint` is null when there is none; `related` lists the other places of
/// the same problem as `{"message","file","line","column"}`. `severity` is
/// `error`, `warning` or `note` (for "and N more like this", `DiagnosticLimit`,
/// or a warning the regulation accepts, which then has
/// `"accepted": {"reason","file","line","column"}`);
/// `errors` and `warnings` count all found, shown or not.
public struct JSONReporter: DiagnosticReporter {
    public init() {}

    public func report(_ diagnostics: [Diagnostic], sources: SourceFiles) -> String {
        let document = Document(
            diagnostics: diagnostics.map(Entry.init),
            errors: diagnostics.errorCount,
            warnings: diagnostics.warningCount
        )
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Every field is a string, integer or array of those: encoding cannot fail.
        let data = (try? encoder.encode(document)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    private struct Document: Encodable {
        let diagnostics: [Entry]
        let errors: Int
        let warnings: Int
    }

    private struct Entry: Encodable {
        let code: String
        let severity: String
        let message: String
        let hint: String?
        let file: String
        let line: Int
        let column: Int
        let related: [Related]
        let accepted: Accepted?

        init(_ diagnostic: Diagnostic) {
            code = diagnostic.code
            severity = diagnostic.severity.rawValue
            message = diagnostic.message
            hint = diagnostic.hint
            file = diagnostic.location.file
            line = diagnostic.location.line
            column = diagnostic.location.column
            related = diagnostic.related.map(Related.init)
            accepted = diagnostic.accepted.map(Accepted.init)
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(code, forKey: .code)
            try container.encode(severity, forKey: .severity)
            try container.encode(message, forKey: .message)
            // Present as null rather than absent: the documented shape has every key.
            try container.encode(hint, forKey: .hint)
            try container.encode(file, forKey: .file)
            try container.encode(line, forKey: .line)
            try container.encode(column, forKey: .column)
            try container.encode(related, forKey: .related)
            try container.encodeIfPresent(accepted, forKey: .accepted)
        }

        private enum CodingKeys: String, CodingKey {
            case code, severity, message, hint, file, line, column, related, accepted
        }
    }

    /// Present only on a warning the regulation accepts (`severity` is then `note`).
    private struct Accepted: Encodable {
        let reason: String
        let file: String
        let line: Int
        let column: Int

        init(_ acceptance: Diagnostic.Acceptance) {
            reason = acceptance.reason
            file = acceptance.location.file
            line = acceptance.location.line
            column = acceptance.location.column
        }
    }

    private struct Related: Encodable {
        let message: String
        let file: String
        let line: Int
        let column: Int

        init(_ related: RelatedLocation) {
            message = related.message
            file = related.location.file
            line = related.location.line
            column = related.location.column
        }
    }
}
