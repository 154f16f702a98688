import ReglamentModel

/// How the runner stores each type of order field, in words: the rule is
/// what the operator is shown when an input is refused.
enum FieldRules {
    struct Rule {
        let rule: String
        let normalization: String
    }

    static func rule(for type: FieldType) -> Rule {
        switch type {
        case .fullName:
            Rule(rule: "не меньше двух слов: буквы (кириллица или латиница), дефис, апостроф",
                 normalization: "пробелы схлопнуты, каждое слово с заглавной буквы")
        case .phone:
            Rule(rule: "российский номер в любой записи (8 912…, +7 (912)…) или международный с +",
                 normalization: "E.164: +7XXXXXXXXXX для России")
        case .email:
            Rule(rule: "адрес вида имя@домен", normalization: "домен строчными буквами")
        case .postalIndex:
            Rule(rule: "почтовый индекс России: 6 цифр",
                 normalization: "6 цифр; определяет зону доставки и часовой пояс клиента")
        case .address:
            Rule(rule: "улица, дом и квартира или офис", normalization: "пробелы по краям убраны")
        case .items:
            Rule(rule: "хотя бы один товар: название, количество и цена за штуку; затем класс каждого товара",
                 normalization: "список позиций; классы определяют доступные способы доставки")
        case .payment:
            Rule(rule: "один из способов оплаты, в пределах его лимита", normalization: "id способа оплаты")
        case .delivery:
            Rule(rule: "один из вариантов доставки, доступных для зоны клиента и классов товаров",
                 normalization: "id способа доставки (и пункта выдачи)")
        case .contactChannel:
            Rule(rule: "звонок, SMS, e-mail или мессенджер",
                 normalization: "call, sms, email или messenger")
        case .clientKind:
            Rule(rule: "частное лицо или компания", normalization: "person или company")
        case .choice:
            Rule(rule: "один из вариантов списка", normalization: "выбранный вариант")
        case .money:
            Rule(rule: "сумма не меньше нуля, до копеек", normalization: "десятичное число, 2 знака")
        case .quantity:
            Rule(rule: "целое число от 1", normalization: "целое число")
        case .text:
            Rule(rule: "непустой текст", normalization: "пробелы по краям убраны")
        case .date:
            Rule(rule: "дата: ДД.ММ.ГГГГ или ГГГГ-ММ-ДД", normalization: "ГГГГ-ММ-ДД")
        }
    }

    /// The fixed list a choice-like field offers.
    static func choices(for field: OrderField, payment: [PaymentMethod]) -> [CompiledField.Choice] {
        switch field.type.value {
        case .payment:
            payment.map { CompiledField.Choice(id: $0.id.text, label: $0.name.value) }
        case .contactChannel:
            ContactChannels.all
        case .clientKind:
            [CompiledField.Choice(id: ClientKind.person.rawValue, label: "Частное лицо"), CompiledField.Choice(id: ClientKind.company.rawValue, label: "Компания")]
        case .choice:
            (field.choices ?? []).map { CompiledField.Choice(id: $0.value, label: $0.value) }
        default:
            []
        }
    }
}
