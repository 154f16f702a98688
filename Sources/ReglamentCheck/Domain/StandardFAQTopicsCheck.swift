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
        nonTriggering: [
            """
            faq:
              - {id: stock, topic: availability, questions: [Это есть?], answer: Уточню.}
              - {id: cost, topic: price, questions: [Почём?], answer: Цена на сайте.}
              - {id: when, topic: delivery_time, questions: [Когда доставите?], answer: "{{zone.delivery}}."}
              - {id: pay, topic: payment, questions: [Чем платить?], answer: "{{payment.methods}}."}
              - {id: where, topic: order_status, questions: [Где посылка?], answer: Посмотрю по номеру.}
              - {id: extra, topic: extra_services, questions: [Подарочная упаковка?], answer: Нет.}
              - {id: back, topic: returns, questions: [Можно вернуть?], answer: "Да, в течение 14 дней."}
            """,
        ]
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
