import Foundation
import ReglamentModel

/// A small regulation with no problems at all. A rule example replaces
/// some of its top-level sections and must then trigger (or not) exactly
/// that rule; the sections are kept apart so an example replaces whole ones.
public enum ExampleRegulation {
    public static let sections: [(key: String, yaml: String)] = [
        ("reglament", "reglament: 1\n"),
        ("shop", """
        shop:
          id: demo
          name: Демо-магазин
          phone: "+7 495 000-00-00"
          email: shop@example.ru
          timezone: Europe/Moscow
          currency: RUB
          hours:
            week:
              mon-fri: "09:00-18:00"
              sat,sun: closed

        """),
        ("contacts", """
        contacts:
          - id: owner
            name: Иван Петров
            role: owner
            phone: "+7 900 000-00-00"
            email: owner@example.ru
            timezone: Europe/Moscow
            hours:
              week:
                mon-fri: "10:00-19:00"

        """),
        ("payment", """
        payment:
          - id: card
            name: Карта онлайн

        """),
        ("product_classes", """
        product_classes:
          - id: fragile
            name: Хрупкое

        """),
        ("delivery", """
        delivery:
          methods:
            - id: courier
              name: Курьер
              kind: courier
          zones:
            - id: moscow
              name: Москва
              timezone: Europe/Moscow
              postal: ["101000-129999"]
              options:
                - method: courier
                  days: 1-2
                  price: 300

        """),
        ("order", """
        order:
          consent: Мы обработаем ваши данные для доставки заказа. Вы согласны?
          fields:
            - id: full_name
              type: full_name
              label: ФИО
            - id: phone
              type: phone
              label: Телефон

        """),
        ("faq", """
        faq:
          - {id: q1, topic: availability, questions: [Есть в наличии?], answer: Наличие уточню по базе.}
          - {id: q2, topic: price, questions: [Сколько стоит?], answer: Цены на сайте.}
          - {id: q3, topic: delivery_time, questions: [Когда привезут?], answer: "В зону «{{zone.name}}»: {{zone.delivery}}."}
          - {id: q4, topic: payment, questions: [Как оплатить?], answer: "{{payment.methods}}."}
          - {id: q5, topic: order_status, questions: [Где заказ?], answer: Проверю статус по номеру.}
          - {id: q6, topic: extra_services, questions: [Есть сборка?], answer: Нет.}
          - {id: q7, topic: returns, questions: [Как вернуть?], answer: В течение 7 дней.}

        """),
        ("escalations", """
        escalations:
          - id: message-owner
            when: not_covered
            action: message
            to: owner
            promise: Владелец перезвонит вам {{callback.client_time}}.

        """),
        ("authority", """
        authority:
          compensation_max: 500
          discount_max: 5%

        """),
        ("scripts", """
        scripts:
          - id: inbound
            direction: inbound
            start: greeting
            nodes:
              - id: greeting
                say: Здравствуйте, магазин {{shop.name}}!
                options:
                  - {label: Заказ, next: consent}
                  - {label: Вопрос, escalate: message-owner}
              - id: consent
                consent: true
                say: "{{order.consent}}"
                options:
                  - {label: Согласен, next: details}
                  - {label: Не согласен, outcome: closed}
              - id: details
                capture: [full_name, phone]
                outcome: order

        """),
    ]

    public static var base: String { sections.map(\.yaml).joined() }

    /// The base's FAQ with another delivery-time answer (`↓` marks allowed):
    /// for rules about what an answer says.
    public static func faq(deliveryAnswer answer: String) -> RuleExample {
        let faq = sections.first { $0.key == "faq" }?.yaml ?? ""
        return RuleExample(faq.replacingOccurrences(of: "answer: \"В зону «{{zone.name}}»: {{zone.delivery}}.\"", with: "answer: \(answer)"))
    }

    /// The example's sections, then the base's sections it does not replace,
    /// so the example keeps its own line numbers. `↓` markers are removed
    /// and returned as 1-based (line, column) pairs.
    public static func compose(_ example: RuleExample) -> (yaml: String, markers: [(line: Int, column: Int)]) {
        var markers: [(line: Int, column: Int)] = []
        var clean = ""
        var line = 1, column = 1
        for character in example.yaml {
            if character == "↓" {
                markers.append((line, column))
                continue
            }
            clean.append(character)
            if character == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        let replaced = Set(clean.split(separator: "\n").compactMap { line -> String? in
            guard let first = line.first, first != " ", first != "#", first != "-", let colon = line.firstIndex(of: ":")
            else { return nil }
            return String(line[..<colon])
        })
        if !clean.hasSuffix("\n") { clean += "\n" }
        for section in sections where !replaced.contains(section.key) {
            clean += section.yaml
        }
        return (clean, markers)
    }
}
