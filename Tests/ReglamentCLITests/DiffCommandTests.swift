import Foundation
import Testing

/// `reglament diff` end to end: the exit status says whether operators
/// would see a change; regulations and compiled scripts compare alike;
/// bad input is refused with exit 2 and nothing on stdout.
@Suite(.serialized) struct DiffCommandTests {
    static let main = "Regulations/uyut-lavka/regulation.yaml"

    /// A copy of uyut-lavka's folder with the greeting reworded; its main file.
    static func reworded() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("reglament-diff-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: ReglamentProcess.packageRoot.appendingPathComponent("Regulations/uyut-lavka"), to: folder)
        let edited = folder.appendingPathComponent("regulation.yaml")
        let text = try String(contentsOf: edited, encoding: .utf8)
        try text.replacingOccurrences(of: "Чем могу помочь?", with: "Чем могу вам помочь?").write(to: edited, atomically: true, encoding: .utf8)
        return edited
    }

    static func compiled(_ regulation: String) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("reglament-diff-out-\(UUID().uuidString)")
        let result = try ReglamentProcess.run(["compile", regulation, "-o", folder.path])
        #expect(result.status == 0, "\(result.stderr)")
        return folder.appendingPathComponent("uyut.script.json").path
    }

    @Test func identicalVersionsExitWithZero() throws {
        let same = try ReglamentProcess.run(["diff", Self.main, Self.main])
        #expect(same.status == 0)
        #expect(same.stdout.hasPrefix("identical: version "), "\(same.stdout)")
        // A compiled script read back is the regulation it was compiled from.
        let script = try Self.compiled(Self.main)
        #expect(try ReglamentProcess.run(["diff", script, Self.main]).status == 0)
        let json = try ReglamentProcess.run(["diff", "--format", "json", Self.main, script])
        #expect(json.status == 0)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(document["identical"] as? Bool == true)
        #expect((document["changes"] as? [Any])?.isEmpty == true)
    }

    @Test func changesExitWithOneAndShowTheOldAndTheNewLine() throws {
        let edited = try Self.reworded()
        let result = try ReglamentProcess.run(["diff", Self.main, edited.path])
        #expect(result.status == 1)
        #expect(result.stdout.contains("""
              ~ inbound/greeting: line
                  - «Уютная лавка», добрый вечер! Меня зовут {{operator.name}}. Чем могу помочь?
                  + «Уютная лавка», добрый вечер! Меня зовут {{operator.name}}. Чем могу вам помочь?
            """), "\(result.stdout)")
        #expect(result.stderr.isEmpty)
    }

    @Test func jsonIsTheDocumentedShape() throws {
        let edited = try Self.reworded()
        // Compiled scripts compare the same way as their regulations.
        let result = try ReglamentProcess.run(["diff", "--format", "json", try Self.compiled(Self.main), edited.path])
        #expect(result.status == 1)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(Set(document.keys) == ["identical", "old_version", "new_version", "changes"])
        #expect(document["identical"] as? Bool == false)
        #expect((document["old_version"] as? String)?.count == 64 && document["old_version"] as? String != document["new_version"] as? String)
        let changes = try #require(document["changes"] as? [[String: Any]])
        #expect(changes.count == 1)
        let change = try #require(changes.first)
        #expect(Set(change.keys) == ["area", "subject", "kind", "property", "old", "new"])
        #expect(change["area"] as? String == "step")
        #expect(change["subject"] as? String == "inbound/greeting")
        #expect(change["kind"] as? String == "changed")
        #expect(change["property"] as? String == "line")
        #expect((change["old"] as? String)?.hasSuffix("Чем могу помочь?") == true)
        #expect((change["new"] as? String)?.hasSuffix("Чем могу вам помочь?") == true)
    }

    @Test func unreadableOrBrokenInputIsAUsageError() throws {
        let missing = try ReglamentProcess.run(["diff", "no/such.yaml", Self.main])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("cannot read 'no/such.yaml'"))
        #expect(missing.stdout.isEmpty)

        let broken = FileManager.default.temporaryDirectory.appendingPathComponent("reglament-diff-\(UUID().uuidString).yaml")
        try "reglament: 1\nshop: []\n".write(to: broken, atomically: true, encoding: .utf8)
        let refused = try ReglamentProcess.run(["diff", Self.main, broken.path])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("error[R102]"), "the check's diagnostics: \(refused.stderr)")
        #expect(refused.stdout.isEmpty)

        let notCompiled = FileManager.default.temporaryDirectory.appendingPathComponent("reglament-diff-\(UUID().uuidString).script.json")
        try #"{"format": "something-else"}"#.write(to: notCompiled, atomically: true, encoding: .utf8)
        let wrongFormat = try ReglamentProcess.run(["diff", notCompiled.path, Self.main])
        #expect(wrongFormat.status == 2)
        #expect(wrongFormat.stderr.contains("is not a compiled script"), "\(wrongFormat.stderr)")
    }

    @Test func badUsageExitsWithTwo() throws {
        #expect(try ReglamentProcess.run(["diff", Self.main]).status == 2)
        #expect(try ReglamentProcess.run(["diff", "--format", "sarif", Self.main, Self.main]).status == 2)
        #expect(try ReglamentProcess.run(["diff", Self.main, Self.main, Self.main]).status == 2)
    }
}
