import ReglamentDiagnostics
import ReglamentModel

/// Two product classes matched by the same word: every item with it would
/// be offered both, and the operator would have to pick each time.
public struct ProductKeywordClashCheck: Check {
    public static let description = RuleDescription(
        code: "R411", name: "product-keyword-clash", severity: .warning,
        summary: "Two product classes share a keyword (compared by Russian stems), so an item naming it matches both.",
        triggering: [
            """
            product_classes:
              - {id: piano, name: Пианино, keywords: [пианино, рояль]}
              - {id: digital, name: Цифровые инструменты, keywords: [синтезатор, ↓пианино]}
            """,
        ],
        nonTriggering: [
            """
            product_classes:
              - {id: piano, name: Пианино, keywords: [рояль, пианино]}
              - {id: digital, name: Цифровые инструменты, keywords: [синтезатор, цифровое]}
            """,
        ]
    )

    public init() {}

    public func check(_ regulation: Regulation, index: RegulationIndex) -> [Diagnostic] {
        var owner: [String: Identifier] = [:]
        var problems: [Diagnostic] = []
        for productClass in regulation.productClasses ?? [] {
            let words = productClass.keywords ?? [productClass.name]
            for word in words {
                for stem in Set(RussianStemmer.stems(ofWords: word.value)) where stem.count >= 3 {
                    if let first = owner[stem], first != productClass.id {
                        problems.append(Self.description.diagnostic(
                            "keyword '\(word.value)' of class '\(productClass.id)' also matches class '\(first)' (stem '\(stem)')",
                            hint: "give each class its own words in 'keywords:'; the operator confirms the class of every item anyway",
                            at: word.location
                        ))
                    } else {
                        owner[stem] = productClass.id
                    }
                }
            }
        }
        return problems
    }
}
