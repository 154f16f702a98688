import Foundation
import ReglamentCompile
import ReglamentHandbook
import Testing

/// The example regulations, compiled, and a renderer reading the templates built into Reglament.
enum HandbookFixtures {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let templates = root.appendingPathComponent("Templates", isDirectory: true)

    static let shops = ["bolshoy-dom", "hifi-dom", "uyut-lavka"]

    static func compiled(_ shop: String) throws -> CompiledRegulation {
        let file = root.appendingPathComponent("Regulations/\(shop)/regulation.yaml").path
        let result = Compiler().compile(file: file)
        return try #require(result.compiled, "\(shop) does not compile: \(result.diagnostics.map(\.message))")
    }

    static func renderer(overrides: [String: String] = [:], relativeTo base: URL? = nil) -> HandbookRenderer {
        HandbookRenderer(templates: .builtIn, overrides: overrides, relativeTo: base)
    }

    static func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("reglament-handbook-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// What Mustache's `{{ }}` makes of a value in HTML.
    static func htmlEscaped(_ text: String) -> String {
        var escaped = ""
        for character in text {
            switch character {
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "&": escaped += "&amp;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            default: escaped.append(character)
            }
        }
        return escaped
    }

    /// The literal pieces of a compiled line around its `{{slots}}`.
    static func literalPieces(_ text: String) -> [String] {
        text.replacingOccurrences(of: #"\{\{[^}]*\}\}"#, with: "\u{0}", options: .regularExpression)
            .split(separator: "\u{0}")
            .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            .filter { !$0.isEmpty }
    }
}
