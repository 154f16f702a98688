import Foundation
import ReglamentCheck
import ReglamentDiagnostics
import Testing

/// Every rule's examples are its tests: a rule is tested by being listed
/// in `RuleRegistry`.
struct RuleExamplesTests {
    /// Rules whose examples need several files; `IncludeTests` covers them.
    static let testedWithFiles: Set<String> = ["R106"]

    @Test func baseExampleHasNoProblems() {
        let result = check(ExampleRegulation.base)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(render))")
    }

    @Test(arguments: RuleRegistry.all.map(\.code))
    func ruleHasExamples(code: String) throws {
        let rule = try #require(RuleRegistry.description(of: code))
        #expect(!rule.triggering.isEmpty || Self.testedWithFiles.contains(code), "\(code) needs a triggering example")
        #expect(!rule.nonTriggering.isEmpty, "\(code) needs a non-triggering example")
        #expect(rule.name.allSatisfy { $0.isLowercase || $0 == "-" }, "\(code) name should be kebab-case")
    }

    @Test(arguments: RuleRegistry.all.map(\.code))
    func triggeringExamplesReportAtMarkers(code: String) throws {
        let rule = try #require(RuleRegistry.description(of: code))
        // Never a loop over nothing: a rule without examples fails here, not only in `ruleHasExamples`.
        guard !Self.testedWithFiles.contains(code) else { return }
        try #require(!rule.triggering.isEmpty, "\(code) has no triggering example")
        for example in rule.triggering {
            let (yaml, markers) = ExampleRegulation.compose(example)
            let result = check(yaml)
            let reported = result.diagnostics.filter { $0.code == code }
            let places = reported.map { "\($0.location.line):\($0.location.column)" }.sorted()
            let expected = markers.map { "\($0.line):\($0.column)" }.sorted()
            #expect(!markers.isEmpty, "\(code): mark the expected place with ↓")
            #expect(places == expected, "\(code) reported at \(places), expected \(expected); all: \(result.diagnostics.map(render))\n\(yaml)")
            #expect(reported.allSatisfy { $0.severity == rule.severity }, "\(code) reported with the wrong severity")
        }
    }

    @Test(arguments: RuleRegistry.all.map(\.code))
    func nonTriggeringExamplesDoNotReport(code: String) throws {
        let rule = try #require(RuleRegistry.description(of: code))
        try #require(!rule.nonTriggering.isEmpty, "\(code) has no non-triggering example")
        for example in rule.nonTriggering {
            let (yaml, _) = ExampleRegulation.compose(example)
            let reported = check(yaml).diagnostics.filter { $0.code == code }
            #expect(reported.isEmpty, "\(code) reported on a non-triggering example: \(reported.map(render))")
        }
    }

    /// What a non-triggering example may report of other rules: R301's shows
    /// a node a dead end cuts off, which only R302 reports. A warning it
    /// accepts on purpose (a note) is no report.
    static let othersInNonTriggering: [String: Set<String>] = ["R301": ["R302"]]

    /// A non-triggering example is a regulation that is right in what it
    /// shows, so a slip in the example itself (an unquoted comma) shows here.
    @Test(arguments: RuleRegistry.all.map(\.code))
    func nonTriggeringExamplesReportNothingElse(code: String) throws {
        let rule = try #require(RuleRegistry.description(of: code))
        for example in rule.nonTriggering {
            let (yaml, _) = ExampleRegulation.compose(example)
            let others = check(yaml).diagnostics.filter {
                $0.accepted == nil && !(Self.othersInNonTriggering[code] ?? []).contains($0.code)
            }
            #expect(others.isEmpty, "\(code)'s non-triggering example reports \(others.map(render))\n\(yaml)")
        }
    }

    @Test func codesAreUnique() {
        let codes = RuleRegistry.all.map(\.code)
        #expect(Set(codes).count == codes.count)
    }

    private func check(_ yaml: String) -> CheckResult {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("example.yaml").path
        return Checker().check(Array(yaml.utf8), file: file)
    }

    private func render(_ diagnostic: Diagnostic) -> String {
        "\(diagnostic.location.line):\(diagnostic.location.column) \(diagnostic.code) \(diagnostic.message)"
    }
}
