import Foundation
import Testing

/// `reglament check` end to end: exit status, output formats, bad input.
@Suite(.serialized) struct CheckCommandTests {
    static var regulations: [String] {
        let root = ReglamentProcess.packageRoot.appendingPathComponent("Regulations")
        let shops = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
        // `.reglament/` is where a server run on the examples keeps their versions.
        return shops.filter { !$0.hasPrefix(".") }.sorted().map { "Regulations/\($0)/regulation.yaml" }
    }

    @Test func examplesPassStrictCheck() throws {
        #expect(Self.regulations.count >= 3, "Regulations/ should hold three example shops")
        let result = try ReglamentProcess.run(["check", "--strict"] + Self.regulations)
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    }

    @Test func problemsExitWithOneAndNameTheirPlace() throws {
        let file = try temporaryFile("""
            reglament: 1
            shop:
              id: demo
              nmae: Демо
            """)
        let result = try ReglamentProcess.run(["check", file])
        #expect(result.status == 1)
        #expect(result.stdout.contains("\(file):4:3: error[R101]: unknown key 'nmae' in 'shop'"), "\(result.stdout)")
        #expect(result.stdout.contains("did you mean 'name'?"))
    }

    @Test func jsonOutputIsTheDocumentedShape() throws {
        let file = try temporaryFile("reglament: 1\nshop: []\n")
        let result = try ReglamentProcess.run(["check", "--format", "json", file])
        #expect(result.status == 1)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let diagnostics = try #require(json["diagnostics"] as? [[String: Any]])
        #expect(json["errors"] as? Int == diagnostics.count)
        #expect(json["warnings"] as? Int == 0)
        let first = try #require(diagnostics.first)
        for key in ["code", "severity", "message", "hint", "file", "line", "column"] {
            #expect(first.keys.contains(key), "missing \(key)")
        }
    }

    @Test func warningsFailOnlyWhenStrict() throws {
        let source = ExampleText.withoutAuthority
        let file = try temporaryFile(source)
        #expect(try ReglamentProcess.run(["check", file]).status == 0)
        let strict = try ReglamentProcess.run(["check", "--strict", file])
        #expect(strict.status == 1)
        #expect(strict.stdout.contains("error[R409]"))
    }

    @Test func unreadableFileAndBadUsageExitWithTwo() throws {
        let missing = try ReglamentProcess.run(["check", "no/such/file.yaml"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("cannot read 'no/such/file.yaml'"))
        #expect(try ReglamentProcess.run(["check"]).status == 2)
        #expect(try ReglamentProcess.run(["check", "--format", "xml", "x.yaml"]).status == 2)
    }

    @Test(arguments: [
        ("billion laughs", "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]\nf: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]\ng: [*f, *f, *f, *f, *f, *f, *f, *f, *f]\n"),
        ("deep nesting", String(repeating: "[", count: 100_000)),
        ("python tag", "shop: !!python/object/apply:os.system [\"rm -rf /\"]\n"),
        ("two documents", "reglament: 1\n---\nreglament: 1\n"),
        ("tabs", "shop:\n\tid: demo\n"),
        ("empty", ""),
    ])
    func hostileInputIsRefusedWithALocatedError(name: String, text: String) throws {
        let file = try temporaryFile(text)
        // A hang or a runaway expansion is killed and fails the test; speed itself is measured by the benchmark.
        let result = try ReglamentProcess.run(["check", "--format", "json", file], timeout: .seconds(30))
        #expect(result.status == 1, "\(name): \(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let first = try #require((json["diagnostics"] as? [[String: Any]])?.first, "\(name) gave no diagnostic")
        #expect((first["line"] as? Int ?? 0) >= 1, "\(name): \(first)")
        #expect(result.stderr.isEmpty, "\(name) wrote to stderr: \(result.stderr)")
    }

    @Test func fileOverTheSizeLimitIsRefusedWithoutReadingIt() throws {
        let file = try temporaryFile("a: " + String(repeating: "x", count: 33 << 20) + "\n")
        let result = try ReglamentProcess.run(["check", file], timeout: .seconds(30))
        #expect(result.status == 1)
        #expect(result.stdout.hasPrefix("\(file):0:0: error[Y002]: the file is larger than 32 MiB"), "\(result.stdout)")
        try FileManager.default.removeItem(atPath: file)
    }

    /// A bare one-letter file name made Foundation's path code trap.
    @Test func fileNamedByOneLetterInTheCurrentFolder() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("reglament-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let example = ReglamentProcess.packageRoot.appendingPathComponent("Regulations/hifi-dom/regulation.yaml")
        try FileManager.default.copyItem(at: example, to: folder.appendingPathComponent("x"))
        for command in [["check", "x"], ["compile", "x", "--output", "out"]] {
            let result = try ReglamentProcess.start(command, directory: folder).finish(timeout: .seconds(60))
            #expect(result.status == 0, "\(command): \(result.stdout)\(result.stderr)")
        }
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("out/handbook.html").path))
    }

    private func temporaryFile(_ text: String) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("reglament-cli-\(UUID().uuidString).yaml")
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }
}
