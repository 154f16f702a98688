import ReglamentCompile
import ReglamentModel

/// The handbook's words for the regulation's kinds; switches, so a new
/// kind cannot go without its words.
enum RussianLabels {
    static func role(_ role: ContactRole?) -> String {
        switch role {
        case .owner: "владелец"
        case .manager: "менеджер"
        case .specialist: "специалист"
        case nil: "—"
        }
    }

    static func deliveryKind(_ kind: DeliveryKind) -> String {
        switch kind {
        case .courier: "курьер"
        case .pickup: "пункт выдачи"
        case .post: "почта"
        case .transport: "транспортная компания"
        }
    }

    static func escalationAction(_ action: EscalationAction) -> String {
        switch action {
        case .transfer: "перевести звонок"
        case .message: "принять сообщение"
        case .notify: "уведомить"
        }
    }

    static func outcome(_ outcome: Outcome) -> String {
        switch outcome {
        case .order: "заказ оформлен"
        case .message: "сообщение передано"
        case .transfer: "звонок переведён"
        case .closed: "закрыт с ответом"
        }
    }

    static func stepKind(_ kind: Step.Kind) -> String {
        switch kind {
        case .say: "Сказать"
        case .consent: "Согласие на обработку данных"
        case .capture: "Записать"
        case .escalation: "Эскалация"
        case .outcome: "Конец звонка"
        }
    }

    static func direction(_ direction: CallDirection) -> String {
        switch direction {
        case .inbound: "входящий"
        case .outbound: "исходящий"
        }
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
            "payment.methods": "способы оплаты, подходящие заказу",
            "client.phone": "телефон клиента",
        ][name] ?? name
    }
}
