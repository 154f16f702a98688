import Foundation
import ReglamentMail
import ReglamentRun
import ReglamentTestSupport
import Testing

/// The owner's e-mails as the composer writes them, compared whole
/// (`GoldenFile`). A golden `.eml` is the mail re-written by Python's
/// `email` package (the reader of record, as in `MailFixtures.parse`)
/// so that a reviewer can read it: headers decoded, each part as 8-bit
/// UTF-8 text. The Message-ID's random token and the boundary made from it
/// are the only parts normalised: the date is the call's, fixed here.
/// Python's reader puts a space between any two encoded-words of a display
/// name, so a long name shows a double space where `EncodedWord` ends one
/// word after a space («Анна Сергеевна  Ёлкина»); mail clients show one.
@Suite struct GoldenOwnerMailTests {
    @Test func urgentMessageForAClientWhoMustNotBeCalled() throws {
        let mails = try MailFixtures.composer(try MailFixtures.compiled())
            .mails(for: MailFixtures.call(), order: nil, message: MailFixtures.message(), at: MailFixtures.noon)
        try compare(try #require(mails.first), with: GoldenFile("uyut-lavka.message.eml"))
    }

    @Test func orderAndTheNotificationBesideIt() throws {
        let order = OrderRecord(shop: "uyut-lavka", reference: "UYUT-1125-002", fields: [
            "full_name": "Иван Петров", "phone": "+79135551234", "contact_channel": "call", "email": "ivan@example.ru",
            "postal_index": "630099", "address": "ул. Ленина, д. 5, кв. 12", "items": "Свеча × 2 — 650\nСкатерть × 1 — 45000",
            "delivery": "cdek", "payment": "card",
        ], itemClasses: ["items": [["candles"], []]], createdAt: MailFixtures.noon)
        let notification = NotificationRecord(
            shop: "uyut-lavka", reference: "UYUT-1125-002", orderReference: "UYUT-1125-002", rule: "big-order",
            recipient: "katya@uyut-lavka.ru", contactName: "Екатерина Лаврова",
            reason: "Заказ на 46\u{00A0}300\u{00A0}₽ — больше 30\u{00A0}000\u{00A0}₽", createdAt: MailFixtures.noon)
        let mails = try MailFixtures.composer(try MailFixtures.compiled()).mails(
            for: MailFixtures.call("UYUT-1125-002"), order: order, message: nil, notifications: [notification], at: MailFixtures.noon)
        #expect(mails.map(\.kind) == [.order, .notification])
        try compare(mails[0], with: GoldenFile("uyut-lavka.order.eml"))
        try compare(mails[1], with: GoldenFile("uyut-lavka.notification.eml"))
    }

    private func compare(_ mail: OutboxMail, with golden: GoldenFile) throws {
        let readable = try Self.readable(mail.raw)
        let expected = try golden.expected(readable)
        #expect(readable == expected, "the mail changed: \(golden.firstDifference(readable, expected))\n\(GoldenFile.howToUpdate)")
    }

    /// The mail with its token and boundary normalised and every text part decoded.
    static func readable(_ raw: some DataProtocol) throws -> String {
        let script = """
            import email, re, sys
            from email import policy
            m = email.message_from_bytes(sys.stdin.buffer.read(), policy=policy.default)
            for part in m.walk():
                if part.get_content_maintype() == "text":
                    part.set_content(part.get_content().replace("\\r\\n", "\\n"), subtype=part.get_content_subtype(), cte="8bit")
                    if part is not m:
                        del part["MIME-Version"]
            if m.is_multipart():
                m.set_boundary("BOUNDARY")
            headers = [(k, str(v)) for k, v in m.items()]
            for k, _ in headers:
                del m[k]
            for k, v in headers:
                m[k] = re.sub(r"\\.[0-9a-z]+@", ".TOKEN@", v) if k == "Message-ID" else v
            sys.stdout.buffer.write(m.as_bytes(policy=policy.default.clone(utf8=True, linesep="\\n")))
            """
        let result = try ExternalTool.run("python3", ["-c", script], input: Data(raw))
        guard result.status == 0 else { throw MailFixtures.ParseFailed(output: result.output) }
        return result.output
    }
}
