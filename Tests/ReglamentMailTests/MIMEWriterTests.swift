import Foundation
import ReglamentMail
import Testing

/// RFC 5322 + MIME as mail clients read it: Python's `email` package gets
/// back exactly what was written, and nothing typed can add a header.
struct MIMEWriterTests {
    static let from = MailAddress("calls@uyut.example", name: "Уютная лавка · Reglament")!
    static let to = MailAddress("katya@uyut-lavka.ru", name: "Екатерина Лаврова")!

    @Test func cyrillicHeadersAndBodiesReadBackAsWritten() throws {
        let subject = "[UYUT-1125-001] СРОЧНО: сообщение от клиента — Анна Сергеевна Ёлкина, вопрос про возврат свечи с ароматом «Хвоя»"
        let text = """
            Вопрос клиента его словами:
            .точка в начале строки и очень длинная строка, которую почтовый клиент должен получить целиком, без переносов и потерь, как её написал оператор во время звонка
            Trailing space \u{20}
            = знак равенства
            """
        let message = MailMessage(
            from: Self.from, to: [Self.to], replyTo: MailAddress("anna@example.ru", name: "Анна"), subject: subject,
            date: MailFixtures.noon, timeZone: TimeZone(identifier: "Europe/Moscow")!, messageID: "<UYUT-1125-001.message.1@uyut.example>",
            text: text, html: "<p>Вопрос: «возврат»</p>")
        let parsed = try MailFixtures.parse(MIMEWriter.render(message))
        #expect(parsed.subject == subject)
        #expect(parsed.fromName == "Уютная лавка · Reglament" && parsed.fromAddress == "calls@uyut.example")
        #expect(parsed.to == ["katya@uyut-lavka.ru"] && parsed.replyTo == "anna@example.ru")
        #expect(parsed.messageID == "<UYUT-1125-001.message.1@uyut.example>")
        #expect(parsed.text.replacingOccurrences(of: "\r\n", with: "\n") == text + "\n" || parsed.text.replacingOccurrences(of: "\r\n", with: "\n") == text)
        #expect(parsed.html?.contains("<p>Вопрос: «возврат»</p>") == true)
        #expect(parsed.longestLine <= 78, "every line within the limit: \(parsed.longestLine)")
        #expect(Set(parsed.headers).isSuperset(of: ["Date", "From", "To", "Subject", "Message-ID", "MIME-Version", "Content-Type"]))
    }

    /// Readers that put a space between any two encoded-words of a name
    /// (Python's `email` does) must not see «Ёлкин а»: a word is never cut.
    @Test func aLongDisplayNameIsCutOnlyBetweenWords() throws {
        let name = "Анна Сергеевна Ёлкина"
        let raw = String(decoding: MIMEWriter.render(MailMessage(
            from: Self.from, to: [Self.to], replyTo: MailAddress("anna@example.ru", name: name), subject: "s",
            date: MailFixtures.noon, messageID: "<a@b>", text: "t")), as: UTF8.self)
        let header = try #require(raw.components(separatedBy: "\r\n").drop { !$0.hasPrefix("Reply-To:") }
            .prefix { $0.hasPrefix("Reply-To:") || $0.hasPrefix(" ") }.joined())
        let pieces = try header.matches(of: /=\?UTF-8\?B\?([^?]*)\?=/).map { match in
            String(decoding: try #require(Data(base64Encoded: String(match.1))), as: UTF8.self)
        }
        #expect(pieces.count > 1, "the name needs more than one encoded-word: \(header)")
        #expect(pieces.joined() == name)
        #expect(pieces.dropLast().allSatisfy { $0.hasSuffix(" ") }, "\(pieces)")
    }

    @Test func mostlyASCIIBodiesStayQuotedPrintable() {
        let raw = String(decoding: MIMEWriter.render(MailMessage(
            from: Self.from, to: [Self.to], subject: "Order UYUT-1125-001", date: MailFixtures.noon, messageID: "<a@b>",
            text: "Order UYUT-1125-001: 2 candles, 1 mug. Total 1 500 RUB.")), as: UTF8.self)
        #expect(raw.contains("Content-Transfer-Encoding: quoted-printable") && raw.contains("Order UYUT-1125-001: 2 candles"))
        #expect(raw.contains("Subject: Order UYUT-1125-001\r\n"))
    }

    @Test(arguments: [
        "owner@example.ru\r\nBcc: spy@evil.example", "Иван <owner@example.ru>", "owner@example.ru, spy@evil.example",
        "no-at-sign", "two@@example.ru", "with space@example.ru", "",
    ])
    func addressesThatCouldBreakAHeaderAreRefused(text: String) {
        #expect(MailAddress(text) == nil)
    }

    @Test func typedTextCannotAddAHeader() throws {
        let message = MailMessage(
            from: Self.from, to: [Self.to],
            replyTo: MailAddress("anna@example.ru", name: "Анна\r\nBcc: spy@evil.example"),
            subject: "Вопрос\r\nBcc: spy@evil.example\nX-Injected: yes", date: MailFixtures.noon, messageID: "<a.b@uyut.example>",
            text: "текст\r\n.\r\nMAIL FROM:<spy@evil.example>")
        let parsed = try MailFixtures.parse(MIMEWriter.render(message))
        #expect(!parsed.headers.contains("Bcc") && !parsed.headers.contains("X-Injected"), "\(parsed.headers)")
        #expect(parsed.subject == "Вопрос Bcc: spy@evil.example X-Injected: yes")
        #expect(parsed.headers.filter { $0 == "Reply-To" }.count == 1 && parsed.replyTo == "anna@example.ru")
    }
}
