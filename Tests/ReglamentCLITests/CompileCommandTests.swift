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
        #expect(written.contains("flow.dot") && written.contains("flow.mmd"))
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
