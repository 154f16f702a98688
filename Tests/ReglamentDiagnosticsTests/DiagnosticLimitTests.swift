import Foundation
import ReglamentDiagnostics
import Testing

/// The limit per code and file: what is left out, what stands for it, and
/// that every reporter's counts stay the counts found.
struct DiagnosticLimitTests {
    static func diagnostics(_ count: Int, code: String = "R101", severity: Severity = .error, file: String = "a.yaml") -> [Diagnostic] {
        (0..<count).map { line in
            Diagnostic(code: code, severity: severity, message: "unknown key 'k\(line)' in 'shop'", location: SourceLocation(file: file, line: line + 1, column: 3))
        }
    }

    @Test func firstFiftyOfACodeInAFileThenOneNote() throws {
        let found = (Self.diagnostics(120) + Self.diagnostics(60, file: "b.yaml") + Self.diagnostics(3, code: "R102", severity: .warning)).sorted()
        let shown = DiagnosticLimit.apply(found)
        #expect(shown.count == 50 + 1 + 50 + 1 + 3)
        let notes = shown.filter { $0.severity == .note }
        #expect(notes.map(\.message) == ["and 70 more like this (R101)", "and 10 more like this (R101)"])
        #expect(notes.map(\.location.file) == ["a.yaml", "b.yaml"])
        // At the first one left out, so the list stays in file order.
        #expect(notes.first?.location.line == 51)
        #expect(shown == shown.sorted())
        #expect([shown.errorCount, shown.warningCount, shown.omittedCount] == [180, 3, 80] as [Int])
        #expect(DiagnosticLimit.apply(shown) == shown, "limiting twice changes nothing")
    }

    @Test func underTheLimitNothingChanges() {
        let found = Self.diagnostics(50)
        #expect(DiagnosticLimit.apply(found) == found)
    }

    @Test func largeCountsAreGroupedByThousands() {
        let shown = DiagnosticLimit.apply(Self.diagnostics(1_050 + 50))
        #expect(shown.last?.message == "and 1,050 more like this (R101)")
    }

    @Test func strictCountsTheWarningsLeftOutAsErrors() {
        let shown = DiagnosticLimit.apply(Self.diagnostics(55, severity: .warning))
        #expect([shown.errorCount, shown.warningCount] == [0, 55] as [Int])
        let strict = shown.map(\.treatingWarningsAsErrors)
        #expect([strict.errorCount, strict.warningCount] == [55, 0] as [Int])
        #expect(strict.last?.severity == .note)
    }

    /// Found out of file order, one before the first 50 met may still be shown; one after them may not.
    @Test func trackerTellsWhatCannotBeShown() {
        var tracker = DiagnosticLimit.Tracker()
        func meets(_ line: Int, _ code: String = "R101", _ file: String = "a.yaml") -> Bool {
            tracker.mayBeShown(code, at: ReglamentDiagnostics.SourceLocation(file: file, line: line, column: 1))
        }
        let first = (100..<150).map { meets($0) }
        let answers = [meets(150), meets(1), meets(149), meets(151), meets(151, "R102"), meets(151, "R101", "b.yaml")]
        #expect(first.allSatisfy { $0 })
        // 150 comes after all 50 met; 1 before them (it sorts among the first),
        // 149 not after every one; then 151, past all; other codes and files count apart.
        #expect(answers == [false, true, true, false, true, true])
    }

    @Test func everyReporterCountsWhatWasFound() throws {
        let shown = DiagnosticLimit.apply(Self.diagnostics(200))
        let text = TextReporter().report(shown, sources: SourceFiles())
        #expect(text.contains("a.yaml:51:3: note[R101]: and 150 more like this (R101)"))
        #expect(text.hasSuffix("200 errors, 0 warnings (150 not shown)\n"))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(JSONReporter().report(shown, sources: SourceFiles()).utf8)) as? [String: Any])
        #expect(json["errors"] as? Int == 200)
        #expect((json["diagnostics"] as? [[String: Any]])?.last?["severity"] as? String == "note")
        let sarif = SARIFReporter(toolVersion: "test", rules: []).report(shown, sources: SourceFiles())
        #expect(sarif.components(separatedBy: "\"level\" : \"note\"").count == 2)
    }
}
