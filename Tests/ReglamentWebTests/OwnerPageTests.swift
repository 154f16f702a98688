import Foundation
import Hummingbird
import HummingbirdTesting
import ReglamentMail
import ReglamentRun
import Testing

/// The owner's orders and messages with their mail, the "dealt with"
/// mark, the filters and the exports.
@Suite struct OwnerPageTests {
    static let nightScenario = WebFixture.packageRoot.appendingPathComponent("Regulations/uyut-lavka/scenarios/night-question-novosibirsk.yaml").path

    /// Takes the order of the uyut scenario and the night message, as an operator would.
    static func takeOrderAndMessage(_ fixture: WebFixture, _ client: any TestClientProtocol) async throws {
        let order = try Scenario.load(CallPageTests.orderScenario)
        let night = try Scenario.load(Self.nightScenario)
        let browser = Browser(client)
        try await browser.logIn("operator-uyut")
        fixture.setClock(order.now.date)
        let first = try await CallPageTests.newCall(browser, shop: "uyut")
        for line in order.steps { try await browser.post(first, [("line", line)]) }
        fixture.setClock(night.now.date)
        let second = try await CallPageTests.newCall(browser, shop: "uyut", postal: night.postal?.digits)
        for line in night.steps { try await browser.post(second, [("line", line)]) }
    }

    @Test func theOwnerSeesOrdersAndMessagesWithTheirMailAndMarksAMessageDealtWith() async throws {
        let fixture = try await WebFixture()
        let outbox = fixture.folder.appendingPathComponent("outbox")
        try await fixture.application.test(.router) { client in
            try await Self.takeOrderAndMessage(fixture, client)
            let owner = Browser(client)
            try await owner.logIn("owner-uyut")
            let queued = try await owner.get("/shops/uyut/outcomes")
            #expect(queued.body.contains(#"id="call-UYUT-1125-001""#) && queued.body.contains(#"id="call-UYUT-1125-002""#))
            #expect(queued.body.contains("Иван Петров") && queued.body.contains("Новый заказ — Иван Петров"), "the order's fields and its mail")
            #expect(queued.body.components(separatedBy: #"<strong class="state">в очереди</strong>"#).count - 1 == 2)
            // The outbox worker hands them over (to a folder here): the page says so.
            let worker = OutboxWorker(store: fixture.store, transport: try MailURL.transport("dir:\(outbox.path)"), clock: { Date() })
            _ = try await worker.deliverDue()
            let sent = try await owner.get("/shops/uyut/outcomes")
            #expect(sent.body.components(separatedBy: #"<strong class="state">отправлено</strong>"#).count - 1 == 2)
            // Called back: the mark, its note and its time.
            fixture.advance(20 * 60)
            let marked = try await owner.post("/shops/uyut/messages/UYUT-1125-002/dealt", [("note", "Перезвонила, заказ заберут в субботу")])
            #expect(marked.status == .seeOther)
            let after = try await owner.get("/shops/uyut/outcomes")
            #expect(after.body.contains("Перезвонили: 25.11.2026 23:00 МСК, owner-uyut — Перезвонила, заказ заберут в субботу"))
            #expect(!after.body.contains("Перезвонили, вопрос решён</button>"), "no second mark")
            // A message of another shop, or an order, is not marked.
            #expect(try await owner.post("/shops/uyut/messages/UYUT-1125-001/dealt", [("note", "x")]).status == .notFound)
            #expect(try await owner.post("/shops/bdom/messages/UYUT-1125-002/dealt", [("note", "x")]).status == .notFound)
        }
    }

    @Test func theListIsFilteredAndExportedAsExcelAnd1COpenIt() async throws {
        let fixture = try await WebFixture()
        try await fixture.application.test(.router) { client in
            try await Self.takeOrderAndMessage(fixture, client)
            let owner = Browser(client)
            try await owner.logIn("owner-uyut")
            let messages = try await owner.get("/shops/uyut/outcomes?outcome=message")
            #expect(messages.body.contains("UYUT-1125-002") && !messages.body.contains(#"id="call-UYUT-1125-001""#))
            // Days are the shop's: the night message came at 02:40 on the 26th in Novosibirsk, 22:40 on the 25th in Moscow.
            let day = try await owner.get("/shops/uyut/outcomes?from=2026-11-25&to=2026-11-25")
            #expect(day.body.contains(#"id="call-UYUT-1125-001""#) && day.body.contains(#"id="call-UYUT-1125-002""#))
            #expect(try await owner.get("/shops/uyut/outcomes?from=2026-11-26").body.contains("нет ни заказов, ни сообщений"))
            #expect(try await owner.get("/shops/uyut/outcomes?to=2026-11-24").body.contains("нет ни заказов, ни сообщений"))
            let nobody = try await owner.get("/shops/uyut/outcomes?operator=Никто")
            #expect(nobody.body.contains("нет ни заказов, ни сообщений"))

            let csv = try await owner.get("/shops/uyut/outcomes.csv")
            #expect(csv.headers[.contentType] == "text/csv; charset=utf-8")
            let bytes = Array(csv.body.utf8)
            #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]), "a BOM, for Excel")
            let rows = CSVRows.parse(String(decoding: bytes.dropFirst(3), as: UTF8.self))
            #expect(rows.count == 3, "a head and two calls")
            let head = try #require(rows.first)
            #expect(head.starts(with: ["Дата", "Номер", "Исход", "Оператор"]))
            let order = try #require(rows.first { $0.count > 1 && $0[1] == "UYUT-1125-001" })
            #expect(order.count == head.count && order.contains("Иван Петров") && order.contains { $0.contains("+7 913 555-12-34") || $0.contains("+79135551234") })
            let message = try #require(rows.first { $0.count > 1 && $0[1] == "UYUT-1125-002" })
            #expect(message[2] == "сообщение" && message.contains { $0.contains("Можно ли забрать заказ в субботу") })

            let json = try await owner.get("/shops/uyut/outcomes.json")
            let entries = try #require(try JSONSerialization.jsonObject(with: Data(json.body.utf8)) as? [[String: Any]])
            #expect(entries.map { $0["reference"] as? String } == ["UYUT-1125-002", "UYUT-1125-001"])
            #expect((entries.last?["fields"] as? [String: String])?.values.contains("Иван Петров") == true)

            // The other shop's owner sees none of it.
            let other = Browser(client)
            try await other.logIn("owner-bdom")
            #expect(try await other.get("/shops/uyut/outcomes.csv").status == .notFound)
            #expect(!(try await other.get("/shops/bdom/outcomes").body.contains("UYUT-")))
        }
    }
}

/// RFC 4180 with `;`: quoted cells, doubled quotes, CRLF rows.
enum CSVRows {
    static func parse(_ text: String) -> [[String]] {
        var rows: [[String]] = [], row: [String] = [], cell = ""
        var quoted = false
        var characters = Array(text.unicodeScalars)[...]
        while let scalar = characters.popFirst() {
            if quoted {
                if scalar == "\"" {
                    if characters.first == "\"" { cell.unicodeScalars.append("\""); characters.removeFirst() } else { quoted = false }
                } else {
                    cell.unicodeScalars.append(scalar)
                }
            } else if scalar == "\"" {
                quoted = true
            } else if scalar == ";" {
                row.append(cell); cell = ""
            } else if scalar == "\r" {
                continue
            } else if scalar == "\n" {
                row.append(cell); rows.append(row); row = []; cell = ""
            } else {
                cell.unicodeScalars.append(scalar)
            }
        }
        if !cell.isEmpty || !row.isEmpty { row.append(cell); rows.append(row) }
        return rows
    }
}
