import Foundation
import ReglamentCompile
import Testing

/// `RegulationDiff` on edited copies of an example: each edit shows up as
/// the change an operator would notice, and nothing else does.
struct RegulationDiffTests {
    let original: CompiledRegulation

    init() throws {
        original = try #require(Compiler().compile(file: Examples.file("uyut-lavka")).compiled)
    }

    func diff(_ edit: @escaping (String) -> String) throws -> RegulationDiff {
        let edited = try #require(Compiler().compile(file: try Examples.copy("uyut-lavka", edit: edit)).compiled)
        return RegulationDiff(old: original, new: edited)
    }

    @Test func identicalVersionsHaveNoChanges() throws {
        #expect(RegulationDiff(old: original, new: original).isEmpty)
        // A comment changes the version, not what operators see.
        let commented = try diff { $0 + "\n# правка\n" }
        #expect(commented.isEmpty)
        #expect(commented.old.version != commented.new.version)
    }

    @Test func rewordedLineShowsOldAndNew() throws {
        let changes = try diff { $0.replacingOccurrences(of: "Чем могу помочь?", with: "Чем могу вам помочь?") }.changes
        let reworded = try #require(changes.first { $0.area == .step && $0.property == "line" })
        #expect(reworded.subject == "inbound/greeting")
        #expect(reworded.old?.hasSuffix("Чем могу помочь?") == true)
        #expect(reworded.new?.hasSuffix("Чем могу вам помочь?") == true)
    }

    @Test func zonePriceIsAChangeOfThatZonesMethod() throws {
        let changes = try diff { $0.replacingOccurrences(of: "          price: 350\n", with: "          price: 400\n") }.changes
        let price = try #require(changes.first { $0.area == .zone && $0.property == "price" })
        #expect(price.subject == "moscow/courier")
        #expect((price.old, price.new) == ("350", "400"))
    }

    @Test func contactHoursChange() throws {
        let changes = try diff { $0.replacingOccurrences(of: "mon-fri: \"09:00-22:00\"", with: "mon-fri: \"09:00-20:00\"") }.changes
        let hours = try #require(changes.first { $0.area == .contact && $0.subject == "owner" && $0.property == "hours" })
        #expect(hours.old?.contains("09:00–22:00") == true && hours.new?.contains("09:00–20:00") == true)
    }

    @Test func faqAnswerChange() throws {
        let changes = try diff { $0.replacingOccurrences(of: "керамику на заказ делаем за 2–3 недели", with: "керамику на заказ делаем за 3–4 недели") }.changes
        let answer = try #require(changes.first { $0.area == .faq && $0.property == "answer" })
        #expect(answer.new?.contains("3–4 недели") == true)
    }

    @Test func stepsAddedAndRemoved() throws {
        let changes = try diff { text in
            // The step renamed: to operators, one step gone and another new.
            text.replacingOccurrences(of: "      - id: apology\n", with: "      - id: sorry\n")
                .replacingOccurrences(of: "next: apology", with: "next: sorry")
        }.changes
        let steps = changes.filter { $0.area == .step }
        #expect(steps.contains { $0.kind == .added && $0.subject == "inbound/sorry" })
        #expect(steps.contains { $0.kind == .removed && $0.subject == "inbound/apology" })
    }

    @Test func jsonReportHasTheDocumentedShape() throws {
        let report = DiffReport.json(try diff { $0.replacingOccurrences(of: "          price: 350\n", with: "          price: 400\n") })
        let json = try #require(try JSONSerialization.jsonObject(with: Data(report.utf8)) as? [String: Any])
        #expect(json["identical"] as? Bool == false)
        let change = try #require((json["changes"] as? [[String: Any]])?.first)
        for key in ["area", "subject", "kind", "property", "old", "new"] { #expect(change.keys.contains(key), "missing \(key)") }
    }
}
