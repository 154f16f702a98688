import ReglamentRun
import Testing
@testable import ReglamentAudit

@Suite struct NoteGroupsTests {
    static func note(_ text: String, step: String = "question", reference: String = "UYUT-1125-001") -> CallLogTallies.NoteRecord {
        CallLogTallies.NoteRecord(reference: reference, script: "inbound", step: step, text: text)
    }

    @Test func wordFormsOfOneQuestionMakeOneGroup() {
        let groups = NoteGroups.group([
            Self.note("Доставка в Казахстан?", reference: "A"),
            Self.note("Нужен счёт для юрлица", step: "items", reference: "B"),
            Self.note("доставку в Казахстан", step: "address", reference: "C"),
            Self.note("Про доставку в Казахстан", reference: "D"),
        ])
        #expect(groups.map(\.count) == [3, 1])
        #expect(groups[0].references == ["A", "C", "D"])
        #expect(groups[0].places.map { "\($0.step):\($0.count)" } == ["question:2", "address:1"])
        #expect(groups[0].example == "Доставка в Казахстан?")
        #expect(groups[1].references == ["B"])
    }

    /// What the mask hid is no word of the note's topic.
    @Test func placeholdersAreNoWords() {
        let mask = PersonalDataMask(placeholders: [:])
        let groups = NoteGroups.group(mask.masking([Self.note("перезвонить на +7 (913) 000-11-22 или написать на a@b.ru вечером")]))
        #expect(groups.first?.example == "перезвонить на [телефон] или написать на [e-mail] вечером")
        #expect(groups.first.map { Set($0.words).isDisjoint(with: ["mail", "e", "телефон"]) } == true, "\(groups)")
    }

    @Test func percentilesComeFromTheHistogram() {
        let histogram = [(tenths: 50, count: 5), (tenths: 100, count: 4), (tenths: 600, count: 1)]
        #expect(ComplianceFigures.percentile(0.5, of: histogram) == 5.0)
        #expect(ComplianceFigures.percentile(0.9, of: histogram) == 10.0)
        #expect(ComplianceFigures.percentile(0.95, of: histogram) == 60.0)
        #expect(ComplianceFigures.percentile(0.5, of: []) == 0)
    }
}
