import Foundation
import ReglamentCLI
import ReglamentTestSupport
import Testing

/// `check --format sarif` on a regulation with several mistakes, as a CI
/// service receives it, compared whole (`GoldenFile`): the rules' catalog,
/// each result's message, hint, place and related places. The path is
/// given relative to the package, as CI gives it, so the log names it so.
@Suite(.serialized) struct GoldenCheckOutputTests {
    static let regulation = "Tests/Fixtures/several-mistakes/regulation.yaml"

    @Test func severalMistakesSARIF() throws {
        let result = try ReglamentProcess.run(["check", "--format", "sarif", Self.regulation])
        #expect(result.status == 1, "\(result.stderr)")
        // The one part that changes with every release.
        let log = result.stdout.replacingOccurrences(
            of: "\"version\" : \"\(ReglamentVersion.current)\"", with: "\"version\" : \"VERSION\"")
        let golden = GoldenFile("several-mistakes.sarif")
        let expected = try golden.expected(log)
        #expect(log == expected, "the SARIF log changed: \(golden.firstDifference(log, expected))\n\(GoldenFile.howToUpdate)")
    }

    @Test func severalMistakesText() throws {
        let result = try ReglamentProcess.run(["check", Self.regulation])
        #expect(result.status == 1, "\(result.stderr)")
        let golden = GoldenFile("several-mistakes.txt")
        let shown = result.stdout + result.stderr
        let expected = try golden.expected(shown)
        #expect(shown == expected, "the diagnostics changed: \(golden.firstDifference(shown, expected))\n\(GoldenFile.howToUpdate)")
    }
}
