import Foundation
import ReglamentDiagnostics
import Testing

struct JSONReporterTests {
    @Test func writesTheDocumentedShape() throws {
        let report = JSONReporter().report([ReportSamples.unknownKey, ReportSamples.overlap], sources: ReportSamples.sources)
        #expect(report.hasSuffix("}\n"))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(report.utf8)) as? [String: Any])
        #expect(json["errors"] as? Int == 1)
        #expect(json["warnings"] as? Int == 1)
        let diagnostics = try #require(json["diagnostics"] as? [[String: Any]])
        #expect(diagnostics.count == 2)
        let first = diagnostics[0]
        #expect(first["code"] as? String == "R101")
        #expect(first["severity"] as? String == "error")
        #expect(first["message"] as? String == "unknown key 'nmae' in 'shop'")
        #expect(first["hint"] as? String == "did you mean 'name'?")
        #expect(first["file"] as? String == ReportSamples.file)
        #expect(first["line"] as? Int == 3)
        #expect(first["column"] as? Int == 3)
        #expect((first["related"] as? [Any])?.isEmpty == true)
    }

    @Test func absentHintIsNullAndRelatedPlacesAreListed() throws {
        let report = JSONReporter().report([ReportSamples.overlap], sources: ReportSamples.sources)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(report.utf8)) as? [String: Any])
        let entry = try #require((json["diagnostics"] as? [[String: Any]])?.first)
        #expect(entry["hint"] is NSNull)
        let related = try #require((entry["related"] as? [[String: Any]])?.first)
        #expect(related["message"] as? String == "the other range")
        #expect(related["line"] as? Int == 3)
    }

    @Test func keepsCyrillicReadable() {
        let diagnostic = Diagnostic(
            code: "R201", severity: .error, message: "нет зоны 'центр'", location: SourceLocation(file: "a.yaml", line: 1, column: 1))
        #expect(JSONReporter().report([diagnostic], sources: SourceFiles()).contains("нет зоны 'центр'"))
    }
}
