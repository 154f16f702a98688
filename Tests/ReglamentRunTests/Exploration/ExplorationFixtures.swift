import Foundation
import ReglamentCompile
import ReglamentMail
import ReglamentRun
import Testing

/// Small regulations made for the explorer's tests: one clean shop, and
/// each kind of failure as one edit of it (as the checker's mistake
/// fixtures edit the examples), so each fixture shows only its fault.
enum ExplorationFixtures {
    /// Monday 2026-11-23 00:00 UTC: the week scanned for clocks starts here.
    static let monday = try! Date("2026-11-23T00:00:00Z", strategy: .iso8601)

    /// A shop with an order path, a question, a transfer to the owner with
    /// a message when she cannot answer, and nothing wrong.
    static let clean = """
        reglament: 1
        shop:
          id: test-shop
          name: Тестовая лавка
          phone: 8 (800) 000-00-00
          email: shop@test-lavka.ru
          timezone: Europe/Moscow
          locale: ru-RU
          currency: RUB
          hours:
            week:
              mon-fri: "10:00-19:00"
              sat: closed
              sun: closed
        contacts:
          - id: owner
            name: Мария Иванова
            role: owner
            phone: +7 915 000-00-01
            email: maria@test-lavka.ru
            timezone: Europe/Moscow
            hours:
              week:
                mon-fri: "09:00-18:00"
                sat: closed
                sun: closed
        payment:
          - id: card
            name: Картой при получении
          - id: cash
            name: Наличными курьеру
        product_classes:
          - id: fragile
            name: Керамика
        delivery:
          methods:
            - id: courier
              name: Курьер
              kind: courier
          zones:
            - id: moscow
              name: Москва
              timezone: Europe/Moscow
              postal: [101000-129999]
              options:
                - method: courier
                  days: 1-2
                  price: 300
        order:
          consent: Я запишу ваше имя и телефон для заказа. Вы согласны?
          fields:
            - {id: full_name, type: full_name, label: Имя, prompt: Как вас зовут?}
            - {id: phone, type: phone, label: Телефон, prompt: Ваш телефон?}
            - {id: postal_index, type: postal_index, label: Индекс, prompt: Ваш индекс?}
            - {id: address, type: address, label: Адрес, prompt: Адрес доставки?}
            - {id: items, type: items, label: Товары, prompt: Что заказываете?}
            - {id: delivery, type: delivery, label: Доставка, prompt: "Доступно: {{zone.delivery}}. Что выбираете?"}
            - {id: payment, type: payment, label: Оплата, prompt: "Как оплатите? {{payment.methods}}."}
        faq:
          - id: faq-delivery
            topic: delivery_time
            questions: [Когда привезут?]
            answer: "В {{zone.name}}: {{zone.delivery}}."
        escalations:
          - id: ask-owner
            when: not_covered
            action: transfer
            to: owner
            whisper: Мария, звонок с линии, клиент просит вас.
            fallback: message-owner
          - id: message-owner
            when: any
            action: message
            to: owner
            promise: Мария перезвонит вам {{callback.client_time}}.
        scripts:
          - id: inbound
            direction: inbound
            start: greeting
            nodes:
              - id: greeting
                say: Тестовая лавка, меня зовут {{operator.name}}. Чем помочь?
                options:
                  - {label: Заказ, next: consent}
                  - {label: Вопрос, next: question}
              - id: consent
                consent: true
                say: "{{order.consent}}"
                options:
                  - {label: Согласен, next: contacts}
                  - {label: Не согласен, outcome: closed}
              - id: contacts
                capture: [full_name, phone]
                next: address
              - id: address
                capture: [postal_index, address]
                faq: [delivery_time]
                next: goods
              - id: goods
                capture: [items, delivery, payment]
                next: read-back
              - id: read-back
                say: Заказ для {{client.name}} принят, номер {{order.reference}}.
                options:
                  - {label: Всё верно, outcome: order}
                  - {label: Поправить, next: goods}
              - id: question
                say: Слушаю вас.
                options:
                  - {label: Ответ нашёлся, outcome: closed}
                  - {label: Нужна хозяйка, escalate: ask-owner}

        """

    /// (a) The read-back names the delivery by the value stored: the method's id.
    static let idInLine = edited(clean, [
        ("say: Заказ для {{client.name}} принят, номер {{order.reference}}.",
         "say: Заказ для {{client.name}} принят, доставка — {{order.delivery}}."),
    ])

    /// (b) The only delivery method cannot take ceramics: an order of ceramics cannot go on.
    static let deadEnd = edited(clean, [
        ("      kind: courier\n", "      kind: courier\n      excludes: [fragile]\n"),
    ])

    /// (c) Every payment takes at most 1 000 ₽, and the order's total is asked first: no order is ever taken.
    static let unreachableOrder = edited(clean, [
        ("    name: Картой при получении\n", "    name: Картой при получении\n    max: 1000\n"),
        ("    name: Наличными курьеру\n", "    name: Наличными курьеру\n    max: 1000\n"),
        ("    - {id: payment,", "    - {id: total, type: money, label: Сумма, prompt: На какую сумму заказ?}\n    - {id: payment,"),
        ("capture: [items, delivery, payment]", "capture: [items, delivery, total, payment]"),
    ])

    /// (d) No address for the order or a message taken without an escalation: no shop e-mail, and
    /// the contact (who takes the escalations' messages) is not the owner.
    static let noMail = edited(clean, [
        ("  email: shop@test-lavka.ru\n", ""),
        ("    role: owner\n", "    role: manager\n"),
        ("      - {label: Нужна хозяйка, escalate: ask-owner}\n",
         "      - {label: Нужна хозяйка, escalate: ask-owner}\n          - {label: Передать вопрос, outcome: message}\n"),
    ])

    static func edited(_ yaml: String, _ edits: [(String, String)]) -> String {
        edits.reduce(yaml) { text, edit in
            precondition(text.contains(edit.0), "the fixture has no '\(edit.0)'")
            return text.replacingOccurrences(of: edit.0, with: edit.1)
        }
    }

    static func compile(_ yaml: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> CompiledRegulation {
        let result = Compiler().compile(Array(yaml.utf8), file: "explore-fixture.yaml")
        guard let compiled = result.compiled else {
            let errors = result.diagnostics.filter { $0.severity == .error }.map { "\($0.location): [\($0.code)] \($0.message)" }
            Issue.record("the fixture does not compile: \(errors)", sourceLocation: sourceLocation)
            throw FixtureError()
        }
        return compiled
    }

    struct FixtureError: Error {}

    /// The owner's mail as the CLI writes it.
    static func mailer(for compiled: CompiledRegulation) throws -> OwnerMailComposer {
        OwnerMailComposer(
            compiled: compiled, templates: try MailTemplates(overrides: compiled.mailTemplates ?? [:]),
            from: try #require(OwnerMailComposer.sender(nil, shopName: compiled.shop.name)))
    }

    static func explore(_ yaml: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> ExplorationReport {
        let compiled = try compile(yaml, sourceLocation: sourceLocation)
        return ScriptExplorer(compiled: compiled, mailer: try mailer(for: compiled)).explore(from: monday)
    }
}
