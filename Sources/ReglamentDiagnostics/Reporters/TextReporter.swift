/// The report for people: each problem as `file:line:col: error[R101]:
/// message`, then the source line with a caret under the column, the hint
/// and the related places, then a one-line summary.
///
/// ```
/// shop.yaml:4:3: error[R101]: unknown key 'nmae' in 'shop'
///     4 |   nmae: Демо
///       |   ^
/// hint: did you mean 'name'?
/// 1 error, 0 warnings
/// ```
public struct TextReporter: DiagnosticReporter {
    /// ANSI colours; the caller decides (a terminal, and no `NO_COLOR`).
    public var colors: Bool

    public init(colors: Bool = false) {
        self.colors = colors
    }

    public func report(_ diagnostics: [Diagnostic], sources: SourceFiles) -> String {
        var output = ""
        for diagnostic in diagnostics {
            output += render(diagnostic, sources: sources)
        }
        output += summary(of: diagnostics) + "\n"
        return output
    }

    private func render(_ diagnostic: Diagnostic, sources: SourceFiles) -> String {
        let severityColor: Style = switch diagnostic.severity {
        case .error: .red
        case .warning: .yellow
        case .note: .cyan
        }
        var text = style(.bold, "\(diagnostic.location): ")
            + style(severityColor, "\(diagnostic.severity.rawValue)[\(diagnostic.code)]")
            + style(.bold, ": \(diagnostic.message)") + "\n"
        text += excerpt(at: diagnostic.location, sources: sources)
        if let hint = diagnostic.hint {
            text += style(.cyan, "hint") + ": \(hint)\n"
        }
        for related in diagnostic.related {
            text += style(.cyan, "note") + ": \(related.location): \(related.message)\n"
        }
        return text
    }

    /// The quoted line and the caret, or nothing when the line is unknown.
    private func excerpt(at location: SourceLocation, sources: SourceFiles) -> String {
        guard let line = sources.line(location.line, of: location.file) else { return "" }
        let number = String(location.line)
        let gutter = String(repeating: " ", count: max(number.count, 4))
        let lineNumber = String(repeating: " ", count: gutter.count - number.count) + number
        // Columns count characters; tabs before the column are copied so the
        // caret lines up however the terminal expands them.
        let lead = line.prefix(max(location.column - 1, 0)).map { $0 == "\t" ? "\t" : " " }.joined()
        return style(.blue, "\(lineNumber) |") + " \(line)\n"
            + style(.blue, "\(gutter) |") + " \(lead)" + style(.green, "^") + "\n"
    }

    private func summary(of diagnostics: [Diagnostic]) -> String {
        let errors = diagnostics.errorCount, warnings = diagnostics.warningCount
        let omitted = diagnostics.omittedCount, accepted = diagnostics.acceptedCount
        let notes = [
            accepted > 0 ? "\(counted(accepted, "warning")) accepted" : nil,
            omitted > 0 ? "\(omitted) not shown" : nil,
        ].compactMap { $0 }
        let counts = errors == 0 && warnings == 0 ? "no problems" : "\(counted(errors, "error")), \(counted(warnings, "warning"))"
        return counts + (notes.isEmpty ? "" : " (\(notes.joined(separator: ", ")))")
    }

    private func counted(_ count: Int, _ noun: String) -> String {
        "\(count) \(noun)\(count == 1 ? "" : "s")"
    }

    private enum Style: String {
        case bold = "1", red = "1;31", yellow = "1;33", green = "1;32", blue = "1;34", cyan = "1;36"
    }

    private func style(_ style: Style, _ text: String) -> String {
        colors ? "\u{1B}[\(style.rawValue)m\(text)\u{1B}[0m" : text
    }
}
