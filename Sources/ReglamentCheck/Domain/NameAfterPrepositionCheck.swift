import Foundation
import ReglamentDiagnostics
import ReglamentModel

/// A name is filled in as written, in the nominative («Московская
/// область», «Иван Петров»), so a preposition right before it makes a line
/// the operator reads wrong: «В {{zone.name}}» is said «В Московская
/// область», «от {{client.name}}» «от Иван Петров».
public struct NameAfterPrepositionCheck: Check {
    public static let description = RuleDescription(
        code: "R413", name: "name-after-preposition", severity: .warning,
        summary: "A preposition right before a {{….name}} variable: the name is filled in the nominative, and the line reads wrong («В Московская область»).",
        triggering: [
            ExampleRegulation.faq(deliveryAnswer: #"↓"В {{zone.name}}: {{zone.delivery}}.""#),
        ],
        nonTriggering: [
            // The base regulation says «В зону «{{zone.name}}»» and «магазин {{shop.name}}».
            ExampleRegulation.faq(deliveryAnswer: #""В зону «{{zone.name}}»: {{zone.delivery}}.""#),
        ]
    )

    /// Russian prepositions that govern a case other than the nominative.
    static let prepositions: Set<String> = [
        "в", "во", "на", "о", "об", "обо", "по", "до", "из", "изо", "от", "ото", "у", "к", "ко", "с", "со",
        "для", "без", "про", "при", "за", "над", "под", "перед", "через", "между", "после", "около", "среди",
    ]

    public init() {}

    public func check(_ regulation: Regulation, index: RegulationIndex) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        RegulationTexts.forEach(in: regulation) { text in
            for (preposition, name) in Self.prepositionsBeforeNames(in: text.value) {
                problems.append(Self.description.diagnostic(
                    "'\(preposition) {{\(name)}}' is said with the name as written: «\(preposition) \(Self.sample(name))»",
                    hint: name == "zone.name"
                        ? "write «\(preposition) зону «{{zone.name}}»», or rephrase so the name stands alone («{{zone.name}}: …»)"
                        : "rephrase so the name stands alone («\(Self.sample(name)) спрашивает…», «клиент: {{\(name)}}»)",
                    at: text.location
                ))
            }
        }
        return problems
    }

    /// Each `{{….name}}` with a preposition right before it (spaces or a line
    /// break between, as a folded text has them; no quote).
    static func prepositionsBeforeNames(in text: String) -> [(String, String)] {
        var found: [(String, String)] = []
        var rest = text[...]
        while let open = rest.range(of: "{{") {
            let before = rest[..<open.lowerBound]
            guard let close = rest[open.upperBound...].range(of: "}}") else { break }
            let name = rest[open.upperBound..<close.lowerBound].trimmingCharacters(in: .whitespaces)
            rest = rest[close.upperBound...]
            let spaced = before.reversed().drop { $0.isWhitespace }
            guard name.hasSuffix(".name"), spaced.count < before.count else { continue }
            let word = spaced.prefix { $0.isLetter }.reversed()
            let preceding = spaced.dropFirst(word.count).first
            guard preceding.map({ !$0.isLetter }) ?? true, prepositions.contains(String(word).lowercased()) else { continue }
            found.append((String(word), name))
        }
        return found
    }

    private static func sample(_ name: String) -> String {
        switch name {
        case "zone.name": "Московская область"
        case "shop.name": "Уютная лавка"
        default: "Иван Петров"
        }
    }
}
