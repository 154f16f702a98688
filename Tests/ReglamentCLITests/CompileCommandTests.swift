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

    /// A templates folder without the Markdown handbook's template: the
    /// script and the HTML handbook are built, the Markdown one is not.
    private func templatesWithoutMarkdown() throws -> URL {
        let templates = temporaryFolder()
        try FileManager.default.createDirectory(at: templates, withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: ReglamentProcess.packageRoot.appendingPathComponent("Templates/handbook.html.mustache"),
            to: templates.appendingPathComponent("handbook.html.mustache"))
        return templates
    }

    @Test func aTemplateMissingWritesNothingNotEvenTheScript() throws {
        let output = temporaryFolder()
        let result = try ReglamentProcess.run(
            ["compile", "Regulations/uyut-lavka/regulation.yaml", "-o", output.path, "--templates", try templatesWithoutMarkdown().path])
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stderr.contains("handbook.md.mustache"), "\(result.stderr)")
        #expect(!result.stdout.contains("wrote"), "\(result.stdout)")
        #expect(!FileManager.default.fileExists(atPath: output.path), "no folder, no script: nothing of the set")
        let left = try FileManager.default.contentsOfDirectory(atPath: output.deletingLastPathComponent().path)
        #expect(!left.contains { $0.hasPrefix(".\(output.lastPathComponent)") }, "no temporary folder is left")
    }

    @Test func missingTemplatesFolderIsRefusedBeforeAnythingIsWritten() throws {
        let output = temporaryFolder()
        let result = try ReglamentProcess.run(["compile", "Regulations/uyut-lavka/regulation.yaml", "-o", output.path, "--templates", output.path + "-none"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("--templates"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }

    @Test func aFailedCompileLeavesThePreviousOutputAsItWas() throws {
        let output = temporaryFolder()
        #expect(try ReglamentProcess.run(["compile", "Regulations/uyut-lavka/regulation.yaml", "-o", output.path]).status == 0)
        let before = try contents(of: output)
        let failed = try ReglamentProcess.run(
            ["compile", "Regulations/hifi-dom/regulation.yaml", "-o", output.path, "--templates", try templatesWithoutMarkdown().path])
        #expect(failed.status == 1)
        #expect(try contents(of: output) == before, "no file replaced, none added, no temporary folder left")
    }

    /// The last rename fails (a folder stands where `flow.mmd` goes): the
    /// files already renamed into place are put back as they were.
    @Test func aRenameFailingHalfwayPutsBackTheFilesAlreadyReplaced() throws {
        let output = temporaryFolder()
        #expect(try ReglamentProcess.run(["compile", "Regulations/uyut-lavka/regulation.yaml", "-o", output.path]).status == 0)
        let blocker = output.appendingPathComponent("flow.mmd")
        try FileManager.default.removeItem(at: blocker)
        try FileManager.default.createDirectory(at: blocker, withIntermediateDirectories: false)
        try Data("kept".utf8).write(to: blocker.appendingPathComponent("inside"))
        let before = try contents(of: output)
        // The same shop renamed, in a copy of its folder (its includes go with it).
        let copy = temporaryFolder()
        try FileManager.default.copyItem(at: ReglamentProcess.packageRoot.appendingPathComponent("Regulations/uyut-lavka"), to: copy)
        let edited = copy.appendingPathComponent("regulation.yaml")
        let source = try String(contentsOf: edited, encoding: .utf8)
        try source.replacingOccurrences(of: "name: Уютная лавка", with: "name: Уютная лавка мастера").write(to: edited, atomically: true, encoding: .utf8)
        #expect(source != (try String(contentsOf: edited, encoding: .utf8)), "the edit changes the regulation")
        let failed = try ReglamentProcess.run(["compile", edited.path, "-o", output.path])
        #expect(failed.status == 2, "\(failed.stderr)")
        #expect(failed.stderr.contains("flow.mmd"), "\(failed.stderr)")
        #expect(try contents(of: output) == before, "the script, the handbook and flow.dot are the previous ones")
    }

    /// Every file under `folder` (hidden ones included) with its bytes.
    private func contents(of folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let paths = try #require(FileManager.default.subpathsOfDirectory(atPath: folder.path) as [String]?)
        for path in paths {
            let url = folder.appendingPathComponent(path)
            var isFolder: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder)
            files[path] = isFolder.boolValue ? Data() : try Data(contentsOf: url)
        }
        return files
    }

    private func temporaryFolder() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("reglament-out-\(UUID().uuidString)")
    }
}
