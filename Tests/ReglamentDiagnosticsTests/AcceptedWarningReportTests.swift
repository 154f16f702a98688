import Foundation
import ReglamentDiagnostics
import Testing

/// Every reporter shows an accepted warning as accepted, with the reason,
/// and none counts it as a warning.
struct AcceptedWarningReportTests {
    @Test func textShowsANoteWithTheReasonAndCountsItApart() {
        let report = TextReporter().report([ReportSamples.acceptedOverlap], sources: ReportSamples.sources)
        #expect(report.contains("Regulations/demo/regulation.yaml:7:31: note[R401]: postal range 101000-129999 overlaps another zone"))
        #expect(report.contains("note: Regulations/demo/regulation.yaml:6:5: accepted here: центр и север делят индексы — так и задумано"))
        #expect(report.hasSuffix("no problems (1 warning accepted)\n"), "\(report)")
        let mixed = TextReporter().report([ReportSamples.unknownKey, ReportSamples.acceptedOverlap], sources: ReportSamples.sources)
        #expect(mixed.hasSuffix("1 error, 0 warnings (1 warning accepted)\n"), "\(mixed)")
    }

    @Test func jsonGivesTheAcceptanceAndCountsNoWarning() throws {
        let report = JSONReporter().report([ReportSamples.acceptedOverlap], sources: ReportSamples.sources)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(report.utf8)) as? [String: Any])
        #expect(document["warnings"] as? Int == 0)
        let entry = try #require((document["diagnostics"] as? [[String: Any]])?.first)
        #expect(entry["severity"] as? String == "note")
        let accepted = try #require(entry["accepted"] as? [String: Any])
        #expect(accepted["reason"] as? String == "центр и север делят индексы — так и задумано")
        #expect(accepted["line"] as? Int == 6)
        // Not accepted: no key at all.
        let plain = JSONReporter().report([ReportSamples.overlap], sources: ReportSamples.sources)
        #expect(!plain.contains("\"accepted\""))
    }

    @Test func sarifReportsAnInSourceSuppressionWithTheReason() throws {
        let report = SARIFReporter(toolVersion: "test", rules: []).report([ReportSamples.acceptedOverlap], sources: ReportSamples.sources)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(report.utf8)) as? [String: Any])
        let run = try #require((document["runs"] as? [[String: Any]])?.first)
        let result = try #require((run["results"] as? [[String: Any]])?.first)
        #expect(result["level"] as? String == "warning")
        let suppression = try #require((result["suppressions"] as? [[String: Any]])?.first)
        #expect(suppression["kind"] as? String == "inSource")
        #expect(suppression["justification"] as? String == "центр и север делят индексы — так и задумано")
    }
}
