import Foundation
import ReglamentCheck
import Testing

/// A regulation with thousands of the same mistake: the first 50 of the
/// code are printed, then one note for the rest, and every count is still
/// the count found, in text and in JSON.
@Suite(.serialized) struct DiagnosticFloodTests {
    static let unknownKeys = 2_000

    /// The example regulation with `count` keys the format does not know in `shop`.
    static func flooded(unknownKeys count: Int) throws -> String {
        let keys = (0..<count).map { "  extra\(String(format: "%06d", $0)): x\n" }.joined()
        let text = ExampleRegulation.sections.map { section in
            section.key == "shop" ? section.yaml.replacingOccurrences(of: "shop:\n", with: "shop:\n" + keys) : section.yaml
        }.joined()
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("reglament-flood-\(UUID().uuidString).yaml")
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    @Test func jsonShowsFiftyAndOneNoteAndCountsAll() throws {
        let file = try Self.flooded(unknownKeys: Self.unknownKeys)
        defer { try? FileManager.default.removeItem(atPath: file) }
        let result = try ReglamentProcess.run(["check", "--format", "json", file])
        #expect(result.status == 1)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let diagnostics = try #require(json["diagnostics"] as? [[String: Any]])
        let unknown = diagnostics.filter { $0["code"] as? String == "R101" }
        #expect(unknown.filter { $0["severity"] as? String == "error" }.count == 50)
        #expect(unknown.prefix(50).allSatisfy { ($0["hint"] as? String)?.hasPrefix("known keys here: id, name") == true }, "the shown keep their hint")
        let notes = unknown.filter { $0["severity"] as? String == "note" }
        #expect(notes.count == 1)
        #expect(notes.first?["message"] as? String == "and 1,950 more like this (R101)")
        // The 51st key is where the note points.
        #expect((notes.first?["line"] as? Int).map { $0 > (unknown[49]["line"] as? Int ?? .max) } == true)
        #expect(json["errors"] as? Int == Self.unknownKeys, "the count found, not the count shown")
        #expect(diagnostics.count < 60)
    }

    @Test func textShowsFiftyAndOneNoteAndCountsAll() throws {
        let file = try Self.flooded(unknownKeys: Self.unknownKeys)
        defer { try? FileManager.default.removeItem(atPath: file) }
        let result = try ReglamentProcess.run(["check", file])
        #expect(result.status == 1)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count { $0.contains(": error[R101]: unknown key 'extra") } == 50)
        #expect(lines.count { $0.hasSuffix(": note[R101]: and 1,950 more like this (R101)") } == 1, "\(result.stdout.suffix(600))")
        #expect(lines.last == "2000 errors, 0 warnings (1950 not shown)")
    }

    /// A typo of a required key past the first 50 gets no hint worked out,
    /// and is still not reported again as the key missing.
    @Test func misspeltRequiredKeyPastTheLimitIsNotAlsoMissing() throws {
        let file = try Self.flooded(unknownKeys: Self.unknownKeys)
        defer { try? FileManager.default.removeItem(atPath: file) }
        let text = try String(contentsOfFile: file, encoding: .utf8)
        try text.replacingOccurrences(of: "\n  name: ", with: "\n  nmae: ").write(toFile: file, atomically: true, encoding: .utf8)
        let result = try ReglamentProcess.run(["check", file])
        #expect(!result.stdout.contains("missing required field 'name'"), "\(result.stdout.suffix(800))")
        #expect(result.stdout.hasSuffix("2001 errors, 0 warnings (1951 not shown)\n"), "\(result.stdout.suffix(300))")
    }

    /// Under the limit nothing is left out and no note is added.
    @Test func fewMistakesAreAllShown() throws {
        let file = try Self.flooded(unknownKeys: 50)
        defer { try? FileManager.default.removeItem(atPath: file) }
        let result = try ReglamentProcess.run(["check", file])
        #expect(result.stdout.split(separator: "\n").count { $0.contains(": error[R101]: ") } == 50)
        #expect(!result.stdout.contains("note["))
        #expect(result.stdout.hasSuffix("50 errors, 0 warnings\n"))
    }
}
