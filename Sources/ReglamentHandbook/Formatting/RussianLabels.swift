/// The handbook's words for the regulation's codes. A code with no
/// label here is shown as written, so a new value is never hidden.
enum RussianLabels {
    static func role(_ role: String?) -> String {
        guard let role else { return "—" }
        return ["owner": "владелец", "manager": "менеджер", "specialist": "специалист"][role] ?? role
    }

    static func deliveryKind(_ kind: String) -> String {
        ["courier": "курьер", "pickup": "пункт выдачи", "post": "почта", "transport": "транспортная компания"][kind] ?? kind
    }

    static func faqTopic(_ topic: String) -> String {
        [
            "availability": "Наличие товара",
            "price": "Цены и скидки",
            "delivery_time": "Доставка: сроки и стоимость",
            "payment": "Оплата",
            "order_status": "Статус заказа",
            "extra_services": "Дополнительные услуги",
            "returns": "Возврат и обмен",
        ][topic] ?? topic
    }

    static func escalationAction(_ action: String) -> String {
        ["transfer": "перевести звонок", "message": "принять сообщение", "notify": "уведомить"][action] ?? action
    }

    static func outcome(_ outcome: String) -> String {
        [
            "order": "заказ оформлен",
            "message": "сообщение передано",
            "transfer": "звонок переведён",
            "closed": "закрыт с ответом",
        ][outcome] ?? outcome
    }

    static func stepKind(_ kind: String) -> String {
        [
            "say": "Сказать",
            "consent": "Согласие на обработку данных",
            "capture": "Записать",
            "escalation": "Эскалация",
            "outcome": "Конец звонка",
        ][kind] ?? kind
    }

    static func direction(_ direction: String) -> String {
        ["inbound": "входящий", "outbound": "исходящий"][direction] ?? direction
    }

    /// What a slot stands for, as the operator fills it in: `{{client.name}}` → "имя клиента".
    static func slot(_ name: String) -> String {
        [
            "client.name": "имя клиента",
            "question": "вопрос клиента",
            "operator.name": "ваше имя",
            "order.reference": "номер обращения",
            "order.total": "сумма заказа",
            "order.summary": "состав заказа",
            "order.delivery": "выбранная доставка",
            "callback.client_time": "когда перезвонят, по времени клиента",
            "callback.owner_time": "когда перезвонят, по времени владельца",
            "zone.name": "зона клиента",
            "zone.delivery": "доставка в зону клиента",
            "zone.free_from": "порог бесплатной доставки",
            "zone.days": "срок доставки",
            "contact.name": "кому передаём",
        ][name] ?? name
    }
}
