import Foundation
import ReglamentCheck
import ReglamentDiagnostics
import ReglamentModel
import Testing

/// R406 turns each contact's hours into the shop's clock date by date, in
/// a winter and a summer week: a gap that only summer time opens is found.
struct AroundTheClockSeasonsTests {
    /// R406's example with a contact in Berlin, its zone replaced by `zone`.
    func gaps(withTheContactIn zone: String) throws -> [String] {
        let rule = try #require(RuleRegistry.description(of: "R406"))
        let berlin = try #require(rule.triggering.first { $0.yaml.contains("Europe/Berlin") })
        let (yaml, _) = ExampleRegulation.compose(RuleExample(berlin.yaml.replacingOccurrences(of: "Europe/Berlin", with: zone)))
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("around-the-clock.yaml").path
        return Checker().check(Array(yaml.utf8), file: file).diagnostics.filter { $0.code == "R406" }.map(\.message)
    }

    @Test func aGapOnlySummerTimeOpensIsReported() throws {
        #expect(try gaps(withTheContactIn: "Europe/Berlin") == [
            "questions outside the regulation have nowhere to go on mon 23:00-24:00, tue 23:00-24:00, wed 23:00-24:00, thu 23:00-24:00 and 3 more (Europe/Moscow)",
        ])
    }

    @Test func theSameHoursWithoutSummerTimeLeaveNoGap() throws {
        // Africa/Lagos keeps UTC+1 all year: Berlin's winter in every season.
        #expect(try gaps(withTheContactIn: "Africa/Lagos").isEmpty)
    }
}
