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

    @Test func zonePriceIsAChangeOfThatZonesMethodAndNothingElse() throws {
        let changes = try diff { $0.replacingOccurrences(of: "          price: 350\n", with: "          price: 400\n") }.changes
        #expect(changes == [RegulationChange(area: .zone, subject: "moscow/courier", kind: .changed, property: "price", old: "350", new: "400")])
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

    @Test func stepAddedBetweenTwoOthers() throws {
        let introduce = { (text: String) in
            text.replacingOccurrences(of: "        next: ask-intent\n\n      - id: ask-intent", with: """
                        next: introduce

                      - id: introduce
                        say: Звонок записывается.
                        next: ask-intent

                      - id: ask-intent
                """)
        }
        let added = try diff(introduce)
        let changes = added.changes
        #expect(changes == [
            RegulationChange(area: .step, subject: "inbound/greeting", kind: .changed, property: "next", old: "ask-intent", new: "introduce"),
            RegulationChange(area: .step, subject: "inbound/introduce", kind: .added, property: nil, old: nil, new: "Звонок записывается."),
        ])
        // The same edit read backwards: the step removed.
        let removed = RegulationDiff(old: added.new, new: original).changes
        #expect(removed.contains(RegulationChange(area: .step, subject: "inbound/introduce", kind: .removed, property: nil, old: "Звонок записывается.", new: nil)))
    }

    @Test func escalationAmountAndPaymentLimit() throws {
        let changes = try diff { text in
            text.replacingOccurrences(of: "    amount: 30000\n", with: "    amount: 50000\n")
                .replacingOccurrences(of: "    max: 15000\n", with: "    max: 10000\n")
        }.changes
        #expect(changes.contains(RegulationChange(area: .escalation, subject: "big-order", kind: .changed, property: "amount", old: "30000", new: "50000")))
        #expect(changes.contains(RegulationChange(area: .payment, subject: "cod", kind: .changed, property: "max", old: "15000", new: "10000")))
    }

    @Test func escalationPromiseAdded() throws {
        let changes = try diff { text in
            text.replacingOccurrences(of: "    whisper: \"Екатерина, вопрос по керамике, клиент {{client.name}}: {{question}}.\"\n    fallback: message-owner\n",
                                      with: "    whisper: \"Екатерина, вопрос по керамике, клиент {{client.name}}: {{question}}.\"\n    fallback: message-owner\n    promise: Екатерина перезвонит.\n")
        }.changes
        #expect(changes.contains(RegulationChange(area: .escalation, subject: "fragile-question", kind: .added, property: "promise", old: nil, new: "Екатерина перезвонит.")))
    }

    @Test func textReportShowsTheOldAndTheNewLine() throws {
        let report = DiffReport.text(try diff { $0.replacingOccurrences(of: "Чем могу помочь?", with: "Чем могу вам помочь?") })
        #expect(report.contains("""

            Script steps
              ~ inbound/greeting: line
                  - «Уютная лавка», добрый вечер! Меня зовут {{operator.name}}. Чем могу помочь?
                  + «Уютная лавка», добрый вечер! Меня зовут {{operator.name}}. Чем могу вам помочь?

            """), "\(report)")
        #expect(DiffReport.text(RegulationDiff(old: original, new: original)).hasPrefix("identical: version "))
    }

    @Test func jsonReportOfIdenticalVersions() throws {
        let report = DiffReport.json(RegulationDiff(old: original, new: original))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(report.utf8)) as? [String: Any])
        #expect(json["identical"] as? Bool == true)
        #expect((json["changes"] as? [Any])?.isEmpty == true)
        #expect(json["old_version"] as? String == original.version && json["new_version"] as? String == original.version)
    }

    @Test func jsonReportHasTheDocumentedShape() throws {
        let report = DiffReport.json(try diff { $0.replacingOccurrences(of: "          price: 350\n", with: "          price: 400\n") })
        let json = try #require(try JSONSerialization.jsonObject(with: Data(report.utf8)) as? [String: Any])
        #expect(json["identical"] as? Bool == false)
        let change = try #require((json["changes"] as? [[String: Any]])?.first)
        #expect(Set(change.keys) == ["area", "subject", "kind", "property", "old", "new"])
        #expect(change["area"] as? String == "zone" && change["kind"] as? String == "changed")
        #expect(change["old"] as? String == "350" && change["new"] as? String == "400")
        // Absent values are null, not missing.
        let added = DiffReport.json(try diff { $0.replacingOccurrences(of: "      - id: apology\n", with: "      - id: sorry\n").replacingOccurrences(of: "next: apology", with: "next: sorry") })
        let changes = try #require((try JSONSerialization.jsonObject(with: Data(added.utf8)) as? [String: Any])?["changes"] as? [[String: Any]])
        let sorry = try #require(changes.first { $0["subject"] as? String == "inbound/sorry" })
        #expect(sorry["kind"] as? String == "added" && sorry["property"] is NSNull && sorry["old"] is NSNull)
    }
}
