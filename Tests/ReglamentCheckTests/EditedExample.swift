import Foundation
import ReglamentCheck
import Testing

/// An example regulation from `Regulations/`, copied with its includes and
/// edited, then checked: the tests' way to make one owner's mistake.
enum EditedExample {
    /// Each edit's text must occur exactly once in the example's main file.
    static func check(_ example: String, _ edits: [(String, String)]) throws -> CheckResult {
        let workspace = FileManager.default.temporaryDirectory.appending(path: "reglament-edited-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: workspace) }
        try FileManager.default.createDirectory(at: workspace, withIntermediateDirectories: true)
        let copy = workspace.appending(path: example)
        try FileManager.default.copyItem(at: MistakeFixtureTests.regulationsDirectory.appending(path: example), to: copy)
        let file = copy.appending(path: "regulation.yaml")
        var text = try String(contentsOf: file, encoding: .utf8)
        for (find, replacement) in edits {
            try #require(text.components(separatedBy: find).count == 2, "the example has no single \(find.debugDescription)")
            text = text.replacingOccurrences(of: find, with: replacement)
        }
        try text.write(to: file, atomically: true, encoding: .utf8)
        return Checker().check(file: file.path)
    }

    static func codes(_ result: CheckResult) -> [String] {
        result.diagnostics.map(\.code).sorted()
    }

    static func rendered(_ result: CheckResult) -> String {
        result.diagnostics.map { "\($0.location.line):\($0.location.column) \($0.code) \($0.message)" }.joined(separator: "\n")
    }
}
