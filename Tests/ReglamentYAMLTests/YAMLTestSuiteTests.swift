import Foundation
import ReglamentYAML
import Testing

/// Every case of the official YAML test suite: the loader never crashes or
/// hangs on it, and the event reader sees what the suite expects, but where
/// libyaml itself is known to differ.
struct YAMLTestSuiteTests {
    @Test func theSuiteIsThere() {
        #expect(
            YAMLTestSuite.isPresent,
            "the YAML test suite is missing: expected its cases at \(YAMLTestSuite.directory.path), in shared/ beside the repository")
        #expect(YAMLTestSuite.cases.count >= 400, "found only \(YAMLTestSuite.cases.count) cases in \(YAMLTestSuite.directory.path)")
    }

    /// The suite as published: `name/` and `tags/` link to the cases; only id folders are cases.
    @Test func indexFoldersOfLinksAreNotCases() throws {
        let files = FileManager.default
        let root = files.temporaryDirectory.appendingPathComponent("reglament-suite-\(UUID().uuidString)")
        defer { try? files.removeItem(at: root) }
        for folder in ["229Q", "2JQS/00", "2JQS/01", "name", "tags/flow"] {
            try files.createDirectory(at: root.appendingPathComponent(folder), withIntermediateDirectories: true)
        }
        for case_ in ["229Q", "2JQS/00", "2JQS/01"] { try Data("a: 1\n".utf8).write(to: root.appendingPathComponent("\(case_)/in.yaml")) }
        try files.createSymbolicLink(atPath: root.appendingPathComponent("name/spec-example-2-1").path, withDestinationPath: "../229Q")
        try files.createSymbolicLink(atPath: root.appendingPathComponent("tags/flow/229Q").path, withDestinationPath: "../../229Q")
        #expect(YAMLTestSuite.cases(in: root).map(\.name) == ["229Q", "2JQS/00", "2JQS/01"])
    }

    @Test(arguments: YAMLTestSuite.cases)
    func loaderLoadsOrRefusesWithALocation(_ testCase: YAMLTestSuiteCase) {
        let clock = ContinuousClock()
        let start = clock.now
        do {
            _ = try YAMLLoader().load(testCase.input, file: "in.yaml")
        } catch {
            #expect(error.diagnostic.location.line >= 1, "\(error.diagnostic.code) \(error.diagnostic.message)")
            #expect(error.diagnostic.severity == .error)
            #expect(error.diagnostic.code.hasPrefix("Y"))
        }
        #expect(clock.now - start < .seconds(10), "runaway work on a small case")
    }

    @Test(arguments: YAMLTestSuite.cases.filter { !$0.isInvalid })
    func eventsMatchTheSuite(_ testCase: YAMLTestSuiteCase) {
        let events: String
        do {
            events = try TestSuiteEventText.events(of: testCase.input)
        } catch {
            events = "error at \(error.line):\(error.column): \(error.problem)"
        }
        if let reason = LibyamlDeviations.misread[testCase.name] {
            #expect(events != testCase.expectedEvents, "listed as a libyaml deviation (\(reason)) but now matches: take it off the list")
        } else {
            #expect(events == testCase.expectedEvents)
        }
    }

    @Test(arguments: YAMLTestSuite.cases.filter(\.isInvalid))
    func libyamlRefusesInvalidYAML(_ testCase: YAMLTestSuiteCase) {
        let accepted = (try? TestSuiteEventText.events(of: testCase.input)) != nil
        let listed = LibyamlDeviations.acceptedInvalid[testCase.name] != nil
        #expect(accepted == listed, accepted
            ? "libyaml accepts this invalid YAML but the case is not in LibyamlDeviations.acceptedInvalid"
            : "listed in LibyamlDeviations.acceptedInvalid but libyaml now refuses it: take it off the list")
    }
}
