import Foundation
import ReglamentCheck
import ReglamentCompile
import ReglamentMail
import ReglamentRun
import Testing

/// Small regulations made for the explorer's tests: one clean shop (the
/// checker's example with an order path, a question and a transfer), and
/// each kind of failure as one edit of it, so each shows only its fault.
enum ExplorationFixtures {
    /// Monday 2026-11-23 00:00 UTC: the week scanned for clocks starts here.
    static let monday = try! Date("2026-11-23T00:00:00Z", strategy: .iso8601)

    /// The checker's example shop with an order path, a question, a
    /// transfer to the owner with a message when she cannot answer, and
    /// nothing wrong.
    static let clean = ExampleRegulation.sections.map { section in
        [
            "payment": """
                payment:
                  - id: card
                    name: Картой при получении
                  - id: cash
                    name: Наличными курьеру

                """,
            "order": """
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

                """,
            "escalations": """
                escalations:
                  - id: ask-owner
                    when: not_covered
                    action: transfer
                    to: owner
                    whisper: Звонок с линии, клиент просит вас.
                    fallback: message-owner
                  - id: message-owner
                    when: any
                    action: message
                    to: owner
                    promise: Владелец перезвонит вам {{callback.client_time}}.

                """,
        ][section.key] ?? section.yaml
    }.joined().edited([
        // The example's script, its question asked on a step of its own and its order taken in full.
        ("  - {label: Вопрос, escalate: message-owner}", "  - {label: Вопрос, next: question}"),
        ("      - id: details\n        capture: [full_name, phone]\n        outcome: order\n", """
                  - id: details
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
                      - {label: Нужен владелец, escalate: ask-owner}

            """),
    ])

    /// (a) The greeting names the client before anyone asked: the runner can only say a stand-in.
    /// (Ids no longer reach lines through the runner's values; `LineInspectorTests` keep that check honest.)
    static let valueNotYetKnown = clean.edited([
        ("say: Здравствуйте, магазин {{shop.name}}!", "say: Здравствуйте, {{client.name}}, магазин {{shop.name}}!"),
    ])

    /// (b) A private person's order over 1 000 ₽ has no way to pay (cash only up to it, the card for companies): it cannot go on.
    static let deadEnd = clean.edited([
        ("    name: Картой при получении\n", "    name: Картой при получении\n    clients: company\n"),
        ("    name: Наличными курьеру\n", "    name: Наличными курьеру\n    max: 1000\n"),
        ("    - {id: postal_index,", "    - {id: client_kind, type: client_kind, label: Покупатель}\n    - {id: postal_index,"),
        ("        capture: [full_name, phone]\n        next: address", "        capture: [full_name, phone, client_kind]\n        next: address"),
    ])

    /// (c) Every payment takes at most 1 000 ₽, and the order's total is asked first: no order is ever taken.
    static let unreachableOrder = clean.edited([
        ("    name: Картой при получении\n", "    name: Картой при получении\n    max: 1000\n"),
        ("    name: Наличными курьеру\n", "    name: Наличными курьеру\n    max: 1000\n"),
        ("    - {id: payment,", "    - {id: total, type: money, label: Сумма, prompt: На какую сумму заказ?}\n    - {id: payment,"),
        ("capture: [items, delivery, payment]", "capture: [items, delivery, total, payment]"),
    ])

    /// (d) No address for the order or a message taken without an escalation: no shop e-mail, and
    /// the contact (who takes the escalations' messages) is not the owner.
    static let noMail = clean.edited([
        ("  email: shop@example.ru\n", ""),
        ("    role: owner\n", "    role: manager\n"),
        ("      - {label: Нужен владелец, escalate: ask-owner}\n",
         "      - {label: Нужен владелец, escalate: ask-owner}\n          - {label: Передать вопрос, outcome: message}\n"),
    ])

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

extension String {
    /// The text with each (find, replacement) applied; a find that is not there is the fixture's mistake.
    func edited(_ edits: [(String, String)]) -> String {
        edits.reduce(self) { text, edit in
            precondition(text.contains(edit.0), "the fixture has no '\(edit.0)'")
            return text.replacingOccurrences(of: edit.0, with: edit.1)
        }
    }
}
