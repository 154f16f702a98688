import Foundation
import Hummingbird
import HummingbirdTesting
import ReglamentRun
import Testing

/// What clients say reaches pages, files and mails as text: markup, an
/// attribute break-out and a template placeholder typed into every field
/// a client's words reach are shown as typed and never run or filled.
@Suite struct WebEscapingTests {
    static let hostile = ["<script>alert(1)</script>", "\"><img src=x onerror=alert(2)>", "{{shop.email}}"]
    static let nightScenario = WebFixture.packageRoot.appendingPathComponent("Regulations/uyut-lavka/scenarios/night-question-novosibirsk.yaml").path
    static let orderScenario = CallPageTests.orderScenario

    @Test func hostileWordsInAMessageAndAnOrderStayText() async throws {
        let night = try Scenario.load(Self.nightScenario)
        let fixture = try await WebFixture(now: night.now.date)
        let all = Self.hostile.joined(separator: " ")
        try await fixture.application.test(.router) { client in
            let operatorBrowser = Browser(client)
            try await operatorBrowser.logIn("operator-uyut")
            // The night message: the client's name, their channel and their question.
            let message = try await CallPageTests.newCall(operatorBrowser, shop: "uyut", postal: night.postal?.digits)
            var pages: [String] = []
            for line in night.steps {
                let typed: String = switch line {
                case "Анна": "Анна " + Self.hostile[0]
                case let line where line.hasPrefix("+7"): line + " " + Self.hostile[1]
                case let line where line.hasPrefix("Можно ли"): "Вопрос: " + all
                default: line
                }
                let answer = try await operatorBrowser.post(message, [("line", typed)])
                if answer.status != .seeOther { pages.append(answer.body) }
                #expect(answer.status == .seeOther || answer.status == .ok, "«\(typed)»: \(CallPageTests.refusal(in: answer.body))")
                pages.append(try await operatorBrowser.get(message).body)
            }
            // A refused field echoes what was typed: inside the input's value, escaped.
            let order = try await CallPageTests.newCall(operatorBrowser, shop: "uyut")
            for line in ["", "1", "1"] { try await operatorBrowser.post(order, [("line", line)]) }
            let refused = try await operatorBrowser.post(order, [("line", Self.hostile[1])])
            pages.append(refused.body)

            let owner = Browser(client)
            try await owner.logIn("owner-uyut")
            let list = try await owner.get("/shops/uyut/outcomes")
            pages.append(list.body)
            #expect(list.body.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "the question is on the owner's page, as text")
            for page in pages {
                #expect(!page.contains("<script>alert"), "raw markup on a page")
                #expect(!page.contains("<img src=x"), "an attribute broke out")
                #expect(!page.contains("onerror=alert(2)>"), "an attribute broke out")
                #expect(!page.contains("shop@") && !page.contains("uyut.example"), "a placeholder was filled")
            }
            let csv = String(decoding: try await owner.get("/shops/uyut/outcomes.csv").body.utf8, as: UTF8.self)
            #expect(csv.contains("{{shop.email}}") && csv.contains("<script>alert(1)</script>"), "the CSV holds the words as typed")
            let json = try await owner.get("/shops/uyut/outcomes.json").body
            #expect(json.contains("{{shop.email}}"))
            // The mails, as they wait in the outbox.
            let mails = try await fixture.store.mails(in: nil)
            #expect(!mails.isEmpty)
            let mail = try #require(mails.first { $0.kind == .message })
            let parts = MailParts.decoded(String(decoding: mail.raw, as: UTF8.self))
            #expect(parts.count == 2, "a text and an HTML part")
            #expect(parts.allSatisfy { $0.contains("{{shop.email}}") }, "the placeholder is the client's text, not filled")
            let html = try #require(parts.last)
            #expect(!html.contains("<script>alert") && !html.contains("<img src=x") && html.contains("&lt;script&gt;"), "markup in the mail's HTML")
            // And none of it in the log.
            for line in fixture.log.all {
                #expect(!line.contains("alert") && !line.contains("Анна") && !line.contains("913"), "a client's words in the log: \(line)")
            }
        }
    }
}

/// The decoded bodies of a mail's parts (base64 or quoted-printable), in order.
enum MailParts {
    static func decoded(_ raw: String) -> [String] {
        let marker = "Content-Transfer-Encoding: "
        return raw.components(separatedBy: marker).dropFirst().compactMap { chunk in
            let encoding = chunk.prefix { !$0.isNewline }
            guard let start = chunk.range(of: "\r\n\r\n") else { return nil }
            let body = chunk[start.upperBound...].components(separatedBy: "\r\n--")[0]
            if encoding == "base64" {
                return Data(base64Encoded: body.replacingOccurrences(of: "\r\n", with: "")).map { String(decoding: $0, as: UTF8.self) }
            }
            return quotedPrintable(body)
        }
    }

    private static func quotedPrintable(_ text: String) -> String {
        var bytes: [UInt8] = []
        let source = Array(text.replacingOccurrences(of: "=\r\n", with: "").utf8)
        var index = 0
        while index < source.count {
            if source[index] == UInt8(ascii: "="), index + 2 < source.count,
               let byte = UInt8(String(decoding: source[index + 1...index + 2], as: UTF8.self), radix: 16) {
                bytes.append(byte)
                index += 3
            } else {
                bytes.append(source[index])
                index += 1
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
