import Foundation
import ReglamentMail
import ReglamentRun
import Testing

/// What the owner reads: the message with the client's words and the
/// promise in both time zones, the order in full; the reference in every subject.
struct OwnerMailComposerTests {
    @Test func messageSaysEverythingAndDoNotCallStandsOut() throws {
        let compiled = try MailFixtures.compiled()
        let mails = try MailFixtures.composer(compiled).mails(for: MailFixtures.call(), order: nil, message: MailFixtures.message(), at: MailFixtures.noon)
        let mail = try #require(mails.first)
        #expect(mails.count == 1 && mail.kind == "message" && mail.recipients == ["katya@uyut-lavka.ru"])
        let parsed = try MailFixtures.parse(mail.raw)
        #expect(parsed.subject == "[UYUT-1125-001] СРОЧНО: сообщение от клиента — Анна Сергеевна Ёлкина")
        #expect(parsed.replyTo == "anna@example.ru", "the owner's reply goes to the client")
        #expect(parsed.messageID == mail.messageID)
        let text = parsed.text
        #expect(text.hasPrefix("!!! НЕ ЗВОНИТЬ: клиент просит связаться только так — SMS !!!"), "\(text.prefix(200))")
        for part in ["UYUT-1125-001", "Анна Сергеевна Ёлкина", "+79135551234", "Можно ли вернуть свечу, если не подошёл аромат?\nЧек сохранила.",
                     "Срочность:  срочно", "по вашему времени: завтра после 10:00", "по времени клиента: завтра после 14:00 (Asia/Novosibirsk)",
                     "Оператор: Ольга, звонок 18.11.2026 14:06", "(Europe/Moscow)"] {
            #expect(text.contains(part), "the text says \(part)")
        }
        let html = try #require(parsed.html)
        #expect(html.contains("НЕ ЗВОНИТЬ: только SMS") && html.contains("background: #b00020"))
        #expect(html.contains("Можно ли вернуть свечу"))
    }

    @Test func aClientWhoMayBeCalledHasNoBanner() throws {
        let message = MailFixtures.message(content: ["channel": "call", "urgency": "normal"])
        let mail = try #require(try MailFixtures.composer(try MailFixtures.compiled()).mails(for: MailFixtures.call(), order: nil, message: message, at: MailFixtures.noon).first)
        let parsed = try MailFixtures.parse(mail.raw)
        #expect(!parsed.text.contains("НЕ ЗВОНИТЬ") && parsed.subject == "[UYUT-1125-001] сообщение от клиента — Анна Сергеевна Ёлкина")
    }

    @Test func clientWordsAreEscapedInHTML() throws {
        let message = MailFixtures.message(content: ["question": "<script>alert(1)</script> & «кавычки»"])
        let mail = try #require(try MailFixtures.composer(try MailFixtures.compiled()).mails(for: MailFixtures.call(), order: nil, message: message, at: MailFixtures.noon).first)
        let parsed = try MailFixtures.parse(mail.raw)
        #expect(parsed.html?.contains("<script>") == false && parsed.html?.contains("&lt;script&gt;") == true)
        #expect(parsed.text.contains("<script>alert(1)</script> & «кавычки»"), "plain text is not HTML-escaped")
    }

    @Test func orderCarriesTheWholeOrder() throws {
        let compiled = try MailFixtures.compiled()
        let order = OrderRecord(shop: "uyut-lavka", reference: "UYUT-1125-002", fields: [
            "full_name": "Иван Петров", "phone": "+79135551234", "contact_channel": "call", "email": "ivan@example.ru",
            "postal_index": "630099", "address": "ул. Ленина, д. 5, кв. 12", "items": "Свеча × 2 [candles]\nкружка × 1",
            "delivery": "cdek", "payment": "card",
        ], createdAt: MailFixtures.noon)
        let mails = try MailFixtures.composer(compiled).mails(for: MailFixtures.call("UYUT-1125-002"), order: order, message: nil, at: MailFixtures.noon)
        let mail = try #require(mails.first)
        #expect(mails.count == 1 && mail.kind == "order")
        let parsed = try MailFixtures.parse(mail.raw)
        #expect(parsed.subject == "[UYUT-1125-002] Новый заказ — Иван Петров")
        #expect(parsed.replyTo == "ivan@example.ru")
        for part in ["Имя и фамилия: Иван Петров", "Телефон: +79135551234", "  - Свеча × 2\n", "  - кружка × 1",
                     "Доставка: СДЭК", "5–9 дней, 690\u{00A0}₽", "бесплатно от 8\u{00A0}000\u{00A0}₽", "Оплата: Картой на сайте",
                     "Зона доставки: Новосибирск и Сибирь (Asia/Novosibirsk)"] {
            #expect(parsed.text.contains(part), "the order says \(part)")
        }
        #expect(!parsed.text.contains("[candles]") && !parsed.text.contains("НЕ ЗВОНИТЬ"))
        #expect(parsed.html?.contains("<li>Свеча × 2</li>") == true)
    }

    @Test func regulationTemplatesReplaceOurs() throws {
        let templates = try MailTemplates(overrides: ["message-email.txt": "Своё письмо: {{clientName}} / {{reference}}\n"])
        let composer = OwnerMailComposer(compiled: try MailFixtures.compiled(), templates: templates, from: MailAddress("a@b.example")!)
        let mail = try #require(composer.mails(for: MailFixtures.call(), order: nil, message: MailFixtures.message(), at: MailFixtures.noon).first)
        #expect(try MailFixtures.parse(mail.raw).text.hasPrefix("Своё письмо: Анна Сергеевна Ёлкина / UYUT-1125-001"))
    }

    @Test func aBrokenTemplateIsRefusedWhenLoaded() {
        #expect(throws: MailTemplateError.self) { try MailTemplates(overrides: ["order-email.html": "{{#fields}} never closed"]) }
    }
}
