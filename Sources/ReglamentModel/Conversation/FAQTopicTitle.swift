/// What a FAQ topic is called wherever operators and auditors read it (the
/// handbook, the runner's look-up, the audit's checklist): the `title:` an
/// entry of the topic gives, else the standard topic's name, else the first
/// question of the topic's first entry — never the raw id («tuning»).
public enum FAQTopicTitle {
    public static let standard: [String: String] = [
        "availability": "Наличие товара",
        "price": "Цены и скидки",
        "delivery_time": "Доставка: сроки и стоимость",
        "payment": "Оплата",
        "order_status": "Статус заказа",
        "extra_services": "Дополнительные услуги",
        "returns": "Возврат и обмен",
    ]

    public static func title(of topic: String, in faq: [FAQEntry]) -> String {
        let entries = faq.filter { $0.topic.text == topic }
        if let given = entries.lazy.compactMap(\.title).first { return given.value }
        if let known = standard[topic] { return known }
        return entries.first?.questions.first?.value ?? topic
    }
}
