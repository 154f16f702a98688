import ReglamentDiagnostics

/// An answer the operator may give, found by topic or by the client's words.
public struct FAQEntry: Decodable, Sendable, SchemaDocumented {
    public let location: SourceLocation
    public let id: Identifier
    public let topic: Identifier
    /// The topic's title for a topic of the shop's own (see `FAQTopicTitle`).
    public let title: Located<String>?
    public let questions: [Located<String>]
    /// May use `{{shop.name}}`, `{{zone.delivery}}` and other variables.
    public let answer: Located<String>

    public static let summary = "A question clients ask and the answer the operator gives."
    public static let fieldSummaries = [
        "topic": "availability, price, delivery_time, payment, order_status, extra_services, returns, or a topic of your own.",
        "title": "What a topic of your own is called in the handbook and the runner (e.g. «Настройка техники»); the first question otherwise.",
        "questions": "Ways clients ask it (used by the FAQ search).",
        "answer": "The answer; may use {{variables}} such as {{shop.name}} or {{zone.delivery}}.",
    ]

    /// The topics every regulation must answer.
    public static let standardTopics = [
        "availability", "price", "delivery_time", "payment", "order_status", "extra_services", "returns",
    ]
}
