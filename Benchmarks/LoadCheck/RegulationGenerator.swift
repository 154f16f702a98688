/// Writes a large, realistic, problem-free regulation: thousands of zones,
/// FAQ entries and script nodes, so load and check are measured on the
/// shapes real files have, not on one giant list.
struct RegulationGenerator {
    var zones: Int
    var faqEntries: Int
    var scripts: Int
    var nodesPerScript: Int

    /// Sizes that give about `megabytes` of YAML.
    init(megabytes: Int) {
        zones = 4_000 * megabytes / 10
        faqEntries = 8_000 * megabytes / 10
        scripts = 64 * megabytes / 10
        nodesPerScript = 300
    }

    func yaml() -> String {
        var out = """
            reglament: 1
            shop:
              id: bench
              name: "Большой магазин"
              phone: "+7 495 000-00-00"
              email: shop@example.ru
              timezone: Europe/Moscow
              currency: RUB
              hours:
                week: &weekdays
                  mon-fri: "09:00-21:00"
                  sat: "10:00-18:00"
                  sun: closed
                overrides:
                  - {date: 2026-12-31, hours: "10:00-15:00", note: Предпраздничный день}
                  - {date: 2027-01-01..2027-01-08, hours: closed, note: Новогодние каникулы}
            contacts:
              - id: owner
                name: Владелец
                role: owner
                phone: "+7 900 000-00-00"
                email: owner@example.ru
                timezone: Europe/Moscow
                hours: {week: *weekdays}

            """
        for index in 0..<40 {
            out += """
                  - id: specialist-\(index)
                    name: Специалист \(index)
                    role: specialist
                    phone: "+7 900 000-\(10 + index % 90)-\(10 + index % 90)"
                    email: s\(index)@example.ru
                    timezone: Asia/Novosibirsk
                    hours: {week: {mon-fri: "10:00-19:00"}}

                """
        }
        out += "payment:\n"
        for index in 0..<6 {
            out += "  - {id: pay-\(index), name: Способ оплаты \(index), max: \(10_000 * (index + 1))}\n"
        }
        out += "product_classes:\n"
        for index in 0..<12 {
            // Each class its own keyword, as an owner writes them (a shared word would match two classes: R411).
            out += "  - {id: class-\(index), name: Класс \(index), keywords: [товар\(index)], specialists: [specialist-\(index), specialist-\(index + 12)]}\n"
        }
        out += "delivery:\n  methods:\n"
        for index in 0..<8 {
            out += "    - {id: method-\(index), name: Способ \(index), kind: \(["courier", "post", "transport", "pickup"][index % 4])"
            out += index % 4 == 3 ? ", points: [{id: point-\(index), name: ПВЗ \(index), address: ул. Ленина \(index)}]}\n" : "}\n"
        }
        out += "  zones:\n"
        let width = 800_000 / max(zones * 4, 1)
        for zone in 0..<zones {
            out += """
                    - id: zone-\(zone)
                      name: Зона доставки номер \(zone)
                      timezone: \(["Europe/Moscow", "Asia/Novosibirsk", "Asia/Yekaterinburg", "Asia/Vladivostok"][zone % 4])
                      postal:

                """
            for part in 0..<4 {
                let lower = 100_000 + (zone * 4 + part) * width
                out += "        - \"\(lower)-\(lower + width - 1)\"\n"
            }
            out += "      cities: [Город \(zone)-1, Город \(zone)-2, Город \(zone)-3]\n      options:\n"
            for option in 0..<3 {
                out += "        - {method: method-\((zone + option) % 8), days: \(option + 1)-\(option + 4), price: \(300 + option * 150), free_from: 15000}\n"
            }
        }
        out += """
            order:
              consent: "Для оформления заказа мы обработаем ваши ФИО, телефон и адрес. Вы согласны?"
              fields:
                - {id: full_name, type: full_name, label: ФИО, prompt: "Как к вам обращаться?"}
                - {id: phone, type: phone, label: Телефон}
                - {id: postal_index, type: postal_index, label: Индекс}
                - {id: address, type: address, label: Адрес}
                - {id: items, type: items, label: Товары}
                - {id: payment, type: payment, label: Оплата}
            faq:

            """
        let topics = ["availability", "price", "delivery_time", "payment", "order_status", "extra_services", "returns"]
        for entry in 0..<faqEntries {
            out += """
                  - id: faq-\(entry)
                    topic: \(topics[entry % topics.count])
                    questions: ["Вопрос клиента \(entry)?", "Как узнать про \(entry)?", "Подскажите про \(entry)"]
                    answer: "Ответ \(entry): магазин {{shop.name}} доставит в {{zone.name}} за {{zone.days}} дней."

                """
        }
        out += """
            escalations:
              - id: message-owner
                when: not_covered
                action: message
                to: owner
                promise: "Владелец перезвонит вам {{callback.client_time}}."
              - id: transfer-owner
                when: conflict
                action: transfer
                to: owner
                whisper: "Клиент недоволен, вопрос: {{question}}"
                fallback: message-owner
            authority:
              compensation_max: 1000
              discount_max: 5%
            scripts:

            """
        for script in 0..<scripts {
            out += """
                  - id: script-\(script)
                    direction: inbound
                    start: n0
                    nodes:
                      - id: n0
                        say: "Здравствуйте! Магазин {{shop.name}}, меня зовут {{operator.name}}."
                        next: consent
                      - id: consent
                        consent: true
                        say: "{{order.consent}}"
                        options:
                          - {label: Согласен, next: n1}
                          - {label: Не согласен, outcome: closed}

                """
            for node in 1..<nodesPerScript {
                let next = node + 1 < nodesPerScript ? "next: n\(node + 1)" : "outcome: order"
                let capture = node == 1 ? "\n        capture: [full_name, phone, postal_index, address, items, payment]" : ""
                out += """
                          - id: n\(node)
                            say: "Шаг \(node): уточните у клиента детали заказа, затем переходите дальше."\(capture)
                            options:
                              - {label: Продолжить, \(next)}
                              - {label: Вопрос не по регламенту, escalate: message-owner}

                    """
            }
        }
        return out
    }
}
