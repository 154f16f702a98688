@testable import ReglamentCheck
import Testing

/// Where R413 sees a preposition before a name, and where it does not.
struct NameAfterPrepositionTests {
    @Test(arguments: [
        ("В {{zone.name}}: …", ["В zone.name"]),
        ("доставка в\n{{zone.name}}", ["в zone.name"]),
        ("вопрос от\u{00A0}{{client.name}}", ["от client.name"]),
        ("от  {{ client.name }} и для {{shop.name}}", ["от client.name", "для shop.name"]),
    ])
    func aPrepositionBeforeANameIsFound(text: String, found: [String]) {
        #expect(NameAfterPrepositionCheck.prepositionsBeforeNames(in: text).map { "\($0.0) \($0.1)" } == found)
    }

    @Test(arguments: [
        "В зону «{{zone.name}}»: …",
        "клиент {{client.name}} спрашивает",
        "магазин {{shop.name}}",
        "Вот{{client.name}}",
        "в {{zone.delivery}}",
        "{{client.name}}, здравствуйте",
    ])
    func otherwiseNothing(text: String) {
        #expect(NameAfterPrepositionCheck.prepositionsBeforeNames(in: text).isEmpty)
    }
}
