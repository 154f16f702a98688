import Foundation
import Testing

/// `reglament compile` end to end: what it writes, and what it refuses.
@Suite(.serialized) struct CompileCommandTests {
    @Test(arguments: CheckCommandTests.regulations)
    func writesScriptAndHandbookForEachExample(regulation: String) throws {
        let output = temporaryFolder()
        let result = try ReglamentProcess.run(["compile", regulation, "--output", output.path])
        #expect(result.status == 0, "\(result.stderr)")
        let written = try FileManager.default.contentsOfDirectory(atPath: output.path).sorted()
        #expect(written.contains { $0.hasSuffix(".script.json") })
        #expect(written.contains("handbook.html"))
        #expect(written.contains("handbook.md"))
    }

    @Test func twoRunsWriteTheSameBytes() throws {
        let first = temporaryFolder(), second = temporaryFolder()
        for folder in [first, second] {
            #expect(try ReglamentProcess.run(["compile", "Regulations/uyut-lavka/regulation.yaml", "-o", folder.path]).status == 0)
        }
        let name = "uyut.script.json"
        let a = try Data(contentsOf: first.appendingPathComponent(name))
        let b = try Data(contentsOf: second.appendingPathComponent(name))
        #expect(!a.isEmpty && a == b)
    }

    @Test func regulationWithErrorsIsRefusedWithItsDiagnostics() throws {
        let source = try String(contentsOf: ReglamentProcess.packageRoot.appendingPathComponent("Regulations/hifi-dom/regulation.yaml"), encoding: .utf8)
        let broken = FileManager.default.temporaryDirectory.appendingPathComponent("reglament-broken-\(UUID().uuidString).yaml")
        try source.replacingOccurrences(of: "timezone: Europe/Moscow", with: "timezone: Europe/Moskva")
            .write(to: broken, atomically: true, encoding: .utf8)
        let output = temporaryFolder()
        let result = try ReglamentProcess.run(["compile", broken.path, "-o", output.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("error[R104]"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: output.path), "nothing is written for a refused regulation")
    }

    @Test func unreadableInputIsAUsageError() throws {
        #expect(try ReglamentProcess.run(["compile", "no/such.yaml", "-o", temporaryFolder().path]).status == 2)
        #expect(try ReglamentProcess.run(["compile", "Regulations/hifi-dom/regulation.yaml"]).status == 2)
    }

    private func temporaryFolder() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("reglament-out-\(UUID().uuidString)")
    }
}

/// `reglament diff` end to end: exit status by whether operators would see a change.
@Suite(.serialized) struct DiffCommandTests {
    @Test func exitStatusSaysWhetherAnythingChanged() throws {
        let main = "Regulations/uyut-lavka/regulation.yaml"
        #expect(try ReglamentProcess.run(["diff", main, main]).status == 0)

        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("reglament-diff-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: ReglamentProcess.packageRoot.appendingPathComponent("Regulations/uyut-lavka"), to: folder)
        let edited = folder.appendingPathComponent("regulation.yaml")
        let text = try String(contentsOf: edited, encoding: .utf8)
        try text.replacingOccurrences(of: "Чем могу помочь?", with: "Чем могу вам помочь?").write(to: edited, atomically: true, encoding: .utf8)
        let result = try ReglamentProcess.run(["diff", main, edited.path])
        #expect(result.status == 1)
        #expect(result.stdout.contains("~ inbound/greeting: line"), "\(result.stdout)")

        // Compiled scripts compare the same way as their regulations.
        let compiled = folder.appendingPathComponent("out")
        #expect(try ReglamentProcess.run(["compile", main, "-o", compiled.path]).status == 0)
        let json = try ReglamentProcess.run(["diff", "--format", "json", compiled.appendingPathComponent("uyut.script.json").path, edited.path])
        #expect(json.status == 1)
        #expect(json.stdout.contains("\"identical\" : false"))
    }

    @Test func unreadableOrBrokenInputIsAUsageError() throws {
        #expect(try ReglamentProcess.run(["diff", "no/such.yaml", "Regulations/uyut-lavka/regulation.yaml"]).status == 2)
        let broken = FileManager.default.temporaryDirectory.appendingPathComponent("reglament-diff-\(UUID().uuidString).yaml")
        try "reglament: 1\nshop: []\n".write(to: broken, atomically: true, encoding: .utf8)
        let result = try ReglamentProcess.run(["diff", broken.path, "Regulations/uyut-lavka/regulation.yaml"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("error[R102]"))
    }
}
