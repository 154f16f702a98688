import Foundation
import ReglamentCheck
import ReglamentDiagnostics
import Testing

/// `check` goes on after shape errors, as a compiler does after a syntax
/// error: the parts that cannot be read are left out, every rule runs on
/// the rest, and a rule's finding that only echoes a shape error is not
/// reported a second time.
struct ShapeErrorRecoveryTests {
    @Test func rulesStillReportBesideShapeErrors() throws {
        let result = try check(editing: "bolshoy-dom", [
            // Shape: an unknown key in the shop, a word for a number.
            ("  site: https://bolshoy-dom.ru", "  website: https://bolshoy-dom.ru"),
            ("    attempts: 4\n", "    attempts: четыре\n"),
            // Meaning: a transfer with no fallback (R307), a zone where nothing takes pianos (R403).
            ("недовольный клиент {{client.name}}: {{question}}.\"\n    fallback: owner-message\n", "недовольный клиент {{client.name}}: {{question}}.\"\n"),
            ("        - method: piano-transport\n          days: 5-8\n          price: 42000\n", ""),
        ])
        #expect(codes(result) == ["R101", "R102", "R307", "R403"], "\(rendered(result))")
        #expect(result.regulation != nil)
    }

    @Test func aMisspeltKeyIsReportedOnceNotAgainAsWhatItsAbsenceBreaks() throws {
        // Without `fallback:` the transfer has none (R307): that is the typo, said once.
        let result = try check(editing: "bolshoy-dom", [
            ("{{question}}.\"\n    fallback: owner-message\n", "{{question}}.\"\n    falback: owner-message\n"),
        ])
        #expect(codes(result) == ["R101"], "\(rendered(result))")
        #expect(result.diagnostics.first?.hint == "did you mean 'fallback'?")
    }

    @Test func whatRefersToAPartLeftOutIsNotReportedAsUnknown() throws {
        // The logistics contact cannot be read (its name is a list); the rules that name it stay quiet.
        let result = try check(editing: "bolshoy-dom", [
            ("    name: Алексей Фёдоров\n    role: manager\n", "    name: [Алексей, Фёдоров]\n    role: manager\n"),
        ])
        #expect(result.diagnostics.count == 1, "\(rendered(result))")
        #expect(result.diagnostics.allSatisfy { $0.code.hasPrefix("R1") }, "\(rendered(result))")
    }

    @Test func aWrongValueInAnAnchorIsReportedOnceWithItsAliasesAsNotes() throws {
        // The shop's holidays are anchored and repeated for four contacts.
        let result = try check(editing: "bolshoy-dom", [("        hours: 09:00-14:00\n", "        hours: 09:00–14:00\n")])
        #expect(result.diagnostics.count == 1, "\(rendered(result))")
        let problem = try #require(result.diagnostics.first)
        #expect(problem.location.line == 26)
        #expect(problem.related.map(\.location.line) == [48, 60, 85, 142])
        #expect(problem.hint?.hasSuffix("write '09:00-14:00'") == true, "\(problem.hint ?? "")")
    }

    @Test func aMisspeltRequiredKeyLeavesItsMappingOutAndIsSaidOnce() throws {
        // The contact's `name:` is misspelt: the contact cannot be read, the typo is the one error.
        let result = try check(editing: "bolshoy-dom", [("    name: Алексей Фёдоров\n", "    nmae: Алексей Фёдоров\n")])
        #expect(codes(result) == ["R101"], "\(rendered(result))")
        #expect(result.regulation != nil)
    }

    @Test func aBrokenRequiredSectionStopsTheRulesAsBefore() throws {
        let result = try check(editing: "bolshoy-dom", [("\nshop:\n", "\nshop: [broken]\nformer_shop:\n")])
        #expect(result.regulation == nil)
        #expect(codes(result).allSatisfy { $0.hasPrefix("R1") }, "\(rendered(result))")
    }

    // MARK: -

    private func check(editing example: String, _ edits: [(String, String)]) throws -> CheckResult {
        let workspace = FileManager.default.temporaryDirectory.appending(path: "reglament-recovery-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: workspace) }
        try FileManager.default.createDirectory(at: workspace, withIntermediateDirectories: true)
        let copy = workspace.appending(path: example)
        try FileManager.default.copyItem(at: MistakeFixtureTests.regulationsDirectory.appending(path: example), to: copy)
        let file = copy.appending(path: "regulation.yaml")
        var text = try String(contentsOf: file, encoding: .utf8)
        for (find, replacement) in edits {
            try #require(text.components(separatedBy: find).count == 2, "the example has no single \(find.debugDescription)")
            text = text.replacingOccurrences(of: find, with: replacement)
        }
        try text.write(to: file, atomically: true, encoding: .utf8)
        return Checker().check(file: file.path)
    }

    private func codes(_ result: CheckResult) -> [String] {
        result.diagnostics.map(\.code).sorted()
    }

    private func rendered(_ result: CheckResult) -> String {
        result.diagnostics.map { "\($0.location.line):\($0.location.column) \($0.code) \($0.message)" }.joined(separator: "\n")
    }
}
