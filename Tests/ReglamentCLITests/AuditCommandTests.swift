import Foundation
import ReglamentTestSupport
import Testing

/// `reglament audit` end to end: calls recorded by `--generate` through
/// the engine, then each report format, and the usage errors.
@Suite(.serialized) struct AuditCommandTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("reglament-audit-\(UUID().uuidString)")
    var database: String { folder.appendingPathComponent("calls.sqlite").path }
    static let regulation = "Regulations/uyut-lavka/regulation.yaml"

    func generate(_ calls: Int, seed: Int = 7) throws -> ChildProcess.Output {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return try ReglamentProcess.run([
            "audit", Self.regulation, "--db", database, "--generate", "\(calls)", "--seed", "\(seed)",
            "--since", "2026-11-02", "--until", "2026-11-08",
        ])
    }

    @Test func generatedCallsAreAuditedAsJSON() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let generated = try generate(40)
        #expect(generated.status == 0, "\(generated.stderr)")
        #expect(generated.stdout.hasPrefix("recorded 40 calls and "), "\(generated.stdout)")
        let result = try ReglamentProcess.run(["audit", Self.regulation, "--db", database, "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(report["format"] as? String == "reglament-audit/1")
        let outcomes = try #require(report["outcomes"] as? [String: Any])
        let inbound = try #require(outcomes["inbound"] as? [String: Any])
        #expect(inbound["total"] as? Int == 40)
        let days = try #require(outcomes["by_day"] as? [[String: Any]])
        #expect(days.allSatisfy { ($0["day"] as? String ?? "") >= "2026-11-02" && ($0["day"] as? String ?? "") <= "2026-11-08" })
        let checklist = try #require(report["checklist"] as? [String: Any])
        #expect((checklist["items"] as? [Any])?.count == 33)
    }

    @Test func periodSelectsCalls() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try generate(20).status == 0)
        let none = try ReglamentProcess.run(["audit", Self.regulation, "--db", database, "--since", "2026-11-09", "--format", "json"])
        #expect(none.status == 0, "\(none.stderr)")
        #expect(none.stdout.contains("\"since\" : \"2026-11-08T21:00:00Z\""), "the day starts at midnight in Moscow")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(none.stdout.utf8)) as? [String: Any])
        #expect(((report["outcomes"] as? [String: Any])?["total"] as? [String: Any])?["total"] as? Int == 0)
    }

    @Test func htmlAndTextReports() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try generate(20).status == 0)
        let page = folder.appendingPathComponent("audit.html").path
        let html = try ReglamentProcess.run(["audit", Self.regulation, "--db", database, "--format", "html", "--output", page])
        #expect(html.status == 0, "\(html.stderr)")
        #expect(html.stdout.isEmpty)
        let written = try String(contentsOfFile: page, encoding: .utf8)
        #expect(written.hasPrefix("<!DOCTYPE html>") && written.contains("<svg") && written.contains("Что регламент обязан покрывать"))
        let text = try ReglamentProcess.run(["audit", Self.regulation, "--db", database])
        #expect(text.status == 0, "\(text.stderr)")
        #expect(text.stdout.contains("Чек-лист: выполнено 32 из 33"), "\(text.stdout.prefix(600))")
        #expect(text.stdout.contains("Звонков: "))
    }

    @Test func compiledScriptIsAuditedWithoutTheChecklist() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try generate(10).status == 0)
        let out = folder.appendingPathComponent("out").path
        #expect(try ReglamentProcess.run(["compile", Self.regulation, "--output", out]).status == 0)
        let result = try ReglamentProcess.run(["audit", out + "/uyut.script.json", "--db", database, "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(report["checklist"] == nil, "a compiled script keeps no source locations")
        #expect((report["scripts"] as? [Any])?.count == 2)
    }

    @Test func usageErrors() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let missing = try ReglamentProcess.run(["audit", Self.regulation, "--db", folder.appendingPathComponent("none.sqlite").path])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("no call database"))
        #expect(try generate(1).status == 0)
        let badDay = try ReglamentProcess.run(["audit", Self.regulation, "--db", database, "--since", "2026-13-01"])
        #expect(badDay.status == 2)
        #expect(badDay.stderr.contains("The value '2026-13-01' is invalid for '--since <DATE>': not a day"), "\(badDay.stderr)")
        let badFormat = try ReglamentProcess.run(["audit", Self.regulation, "--db", database, "--format", "pdf"])
        #expect(badFormat.status == 2)
    }
}
