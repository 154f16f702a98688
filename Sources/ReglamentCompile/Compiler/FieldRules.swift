import ReglamentModel

/// How the runner checks and stores each type of order field. The
/// validator names are the runner's; the rules are what the operator is
/// shown when an input is refused.
enum FieldRules {
    struct Rule {
        let validation: String
        let rule: String
        let normalization: String
    }

    static func rule(for type: FieldType) -> Rule {
        switch type {
        case .fullName:
            Rule(validation: "full_name", rule: "не меньше двух слов: буквы (кириллица или латиница), дефис, апостроф",
                 normalization: "пробелы схлопнуты, каждое слово с заглавной буквы")
        case .phone:
            Rule(validation: "phone", rule: "российский номер в любой записи (8 912…, +7 (912)…) или международный с +",
                 normalization: "E.164: +7XXXXXXXXXX для России")
        case .email:
            Rule(validation: "email", rule: "адрес вида имя@домен", normalization: "домен строчными буквами")
        case .postalIndex:
            Rule(validation: "postal_index", rule: "почтовый индекс России: 6 цифр",
                 normalization: "6 цифр; определяет зону доставки и часовой пояс клиента")
        case .address:
            Rule(validation: "address", rule: "улица, дом и квартира или офис", normalization: "пробелы по краям убраны")
        case .items:
            Rule(validation: "items", rule: "хотя бы один товар: название, количество и класс товара",
                 normalization: "список позиций; классы определяют доступные способы доставки")
        case .payment:
            Rule(validation: "payment", rule: "один из способов оплаты, в пределах его лимита", normalization: "id способа оплаты")
        case .delivery:
            Rule(validation: "delivery", rule: "один из вариантов доставки, доступных для зоны клиента и классов товаров",
                 normalization: "id способа доставки (и пункта выдачи)")
        case .contactChannel:
            Rule(validation: "contact_channel", rule: "звонок, SMS, e-mail или мессенджер",
                 normalization: "call, sms, email или messenger")
        case .choice:
            Rule(validation: "choice", rule: "один из вариантов списка", normalization: "выбранный вариант")
        case .money:
            Rule(validation: "money", rule: "сумма не меньше нуля, до копеек", normalization: "десятичное число, 2 знака")
        case .quantity:
            Rule(validation: "quantity", rule: "целое число от 1", normalization: "целое число")
        case .text:
            Rule(validation: "text", rule: "непустой текст", normalization: "пробелы по краям убраны")
        case .date:
            Rule(validation: "date", rule: "дата: ДД.ММ.ГГГГ или ГГГГ-ММ-ДД", normalization: "ГГГГ-ММ-ДД")
        }
    }

    /// The fixed list a choice-like field offers.
    static func choices(for field: OrderField, payment: [PaymentMethod]) -> [CompiledField.Choice] {
        switch field.type.value {
        case .payment:
            payment.map { CompiledField.Choice(id: $0.id.text, label: $0.name.value) }
        case .contactChannel:
            [("call", "Звонок"), ("sms", "SMS"), ("email", "E-mail"), ("messenger", "Мессенджер")]
                .map { CompiledField.Choice(id: $0.0, label: $0.1) }
        case .choice:
            (field.choices ?? []).map { CompiledField.Choice(id: $0.value, label: $0.value) }
        default:
            []
        }
    }
}
