@testable import ReglamentRun
import Testing

/// What a client must not hear: a slot left as `{{…}}`, or an id that a
/// filled slot brought into the owner's words.
struct LineInspectorTests {
    let inspector = LineInspector(ids: ["cdek", "card", "piano", "moscow", "moscow-region", "total"])

    @Test func unfilledSlotIsReportedOnceNotAlsoAsItsId() {
        let problems = inspector.problems(in: "Сумма {{order.total}} ₽", template: "Сумма {{order.total}} ₽")
        #expect(problems == [.unfilledSlot("{{order.total}}")])
    }

    @Test func idBroughtInBySlotIsReported() {
        #expect(inspector.problems(in: "Доставка — cdek.", template: "Доставка — {{order.delivery}}.") == [.internalID("cdek")])
    }

    @Test func idTheOwnerWroteIsNotBlamed() {
        #expect(inspector.problems(in: "Оплата card — картой: card", template: "Оплата card — картой: {{order.payment}}") == [.internalID("card")])
        #expect(inspector.problems(in: "Оплата card — картой.", template: "Оплата card — {{x}}.") == [])
    }

    @Test func idMustStandAsAWholeWord() {
        #expect(inspector.problems(in: "Зона moscow-region, cards, pianos", template: "{{zone}}") == [.internalID("moscow-region")])
    }

    @Test func runnerWordsBlameEveryId() {
        #expect(inspector.problems(in: "«Почта» не берёт товары класса piano", template: nil) == [.internalID("piano")])
    }
}
