import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import ReglamentAudit

/// The three reports of the scripted log: what an auditor sees, and what
/// they must never see (a client's phone).
@Suite(.serialized) struct AuditRenderingTests {
    @Test func htmlIsOnePrintablePageWithWellFormedCharts() async throws {
        let recorded = try await CallCoverageTests.record()
        defer { recorded.log.remove() }
        let html = try AuditHTMLRenderer().render(recorded.report, compiled: recorded.log.compiled)
        #expect(html.contains("<title>Аудит регламента: Уютная лавка</title>"))
        #expect(!html.contains("<script") && !html.contains("<link") && !html.contains("src=\""))
        // Nothing fetched: no links to resources (the shop's site may appear as text in a step's line).
        #expect(html.range(of: "(href|src)=\"https?:|url\\((?!#)", options: .regularExpression) == nil)
        // Outcomes over time, escalations by hour, and one flow per script.
        let svgs = html.components(separatedBy: "<svg ").dropFirst().map { "<svg " + ($0.components(separatedBy: "</svg>").first ?? "") + "</svg>" }
        #expect(svgs.count == 2 + recorded.report.scripts.count)
        for svg in svgs {
            let parser = XMLParser(data: Data(svg.utf8))
            #expect(parser.parse(), "not well-formed: \(svg.prefix(300))")
        }
        #expect(html.contains("не использован"))
        #expect(html.contains(recorded.droppedCall) && html.contains(recorded.messageCall))
        for phone in ["+79135551234", "913 555-12-34", "913 000-11-22"] {
            #expect(!html.contains(phone), "a client's phone in the report: \(phone)")
        }
    }

    @Test func jsonHoldsEveryFigureAndReadsBack() async throws {
        let recorded = try await CallCoverageTests.record()
        defer { recorded.log.remove() }
        let json = try recorded.report.json()
        for key in ["\"format\" : \"reglament-audit/1\"", "\"never_used_steps\"", "\"by_hour_of_week\"", "\"consent_skipped\"", "\"median_seconds\"", "\"orders_by_attempts\""] {
            #expect(json.contains(key), "\(key)")
        }
        #expect(!json.contains("+79135551234"))
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        let decoded = try decoder.decode(AuditReport.self, from: Data(json.utf8))
        #expect(decoded == recorded.report)
    }

    @Test func textSummarisesForTheTerminal() async throws {
        let recorded = try await CallCoverageTests.record()
        defer { recorded.log.remove() }
        let text = AuditTextWriter().write(recorded.report)
        #expect(text.contains("Звонков: 5 — заказ 2, сообщение 1, перевод 0, закрыт 1, без итога 1"), "\(text)")
        #expect(text.contains("брошены без итога: 1 (\(recorded.droppedCall))"))
        #expect(text.contains("Чек-лист: нужен исходный регламент"))
    }
}
