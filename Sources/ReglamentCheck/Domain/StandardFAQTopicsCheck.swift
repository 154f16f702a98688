import ReglamentDiagnostics
import ReglamentModel

/// Clients of every shop ask these; an operator without the answer has to
/// escalate a routine question.
public struct StandardFAQTopicsCheck: Check {
    public static let description = RuleDescription(
        code: "R407", name: "standard-faq-topics", severity: .warning,
        summary: "A standard FAQ topic (availability, price, delivery time, payment, order status, extra services, returns) has no answer.",
        triggering: [
            """
            faq:
              - ↓{id: q1, topic: availability, questions: [Есть в наличии?], answer: Уточню.}
            """,
        ],
        nonTriggering: []
    )

    public init() {}

    public func check(_ regulation: Regulation, index: RegulationIndex) -> [Diagnostic] {
        let missing = FAQEntry.standardTopics.filter { !index.faqTopics.contains(Identifier($0)) }
        guard !missing.isEmpty else { return [] }
        return [Self.description.diagnostic(
            "no FAQ answer for \(missing.map { "'\($0)'" }.joined(separator: ", "))",
            hint: "add FAQ entries with these topics so operators can answer without escalating",
            at: regulation.faq.first?.location ?? regulation.location
        )]
    }
}
