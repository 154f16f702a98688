import Foundation
import ReglamentTestSupport
import Testing

/// `reglament audit` as an auditor reads it (text) and a tool reads it
/// (JSON), compared whole (`GoldenFile`), over a log the generator records
/// the same way each time: a fixed seed and a fixed week.
@Suite(.serialized) struct GoldenAuditOutputTests {
    static let regulation = "Regulations/uyut-lavka/regulation.yaml"
    static let week = ["--since", "2026-11-02", "--until", "2026-11-08"]

    /// One log for both reports, recorded once.
    static let database: String = {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("reglament-golden-audit-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("calls.sqlite").path
        _ = try? ReglamentProcess.run(["audit", regulation, "--db", path, "--generate", "60", "--seed", "5"] + week)
        return path
    }()

    @Test(arguments: ["text", "json"])
    func uyutLavkaWeek(format: String) throws {
        let result = try ReglamentProcess.run(["audit", Self.regulation, "--db", Self.database, "--format", format] + Self.week)
        #expect(result.status == 0, "\(result.stderr)")
        let golden = GoldenFile("uyut-lavka.audit.\(format == "text" ? "txt" : "json")")
        let expected = try golden.expected(result.stdout)
        #expect(result.stdout == expected, "the audit changed: \(golden.firstDifference(result.stdout, expected))\n\(GoldenFile.howToUpdate)")
    }
}
