import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import ReglamentAccess
import ReglamentRun
import ReglamentWeb
import Testing

/// The telephone system announces calls with a token; the operator sees
/// who calls before the first word.
@Suite struct ScreenPopTests {
    static func token(_ fixture: WebFixture) async throws -> (id: String, token: String) {
        let made = APIToken.make()
        try await fixture.store.addToken(APIToken(id: made.id, label: "АТС", createdAt: Date()), hash: APIToken.hash(made.token))
        return made
    }

    static func announce(_ client: any TestClientProtocol, token: String?, _ body: String) async throws -> (status: HTTPResponse.Status, json: [String: Any]) {
        var headers: HTTPFields = [.contentType: "application/json"]
        if let token { headers[.authorization] = "Bearer \(token)" }
        let response = try await client.execute(uri: "/api/v1/calls", method: .post, headers: headers, body: ByteBuffer(string: body))
        let json = (try? JSONSerialization.jsonObject(with: Data(String(buffer: response.body).utf8))) as? [String: Any] ?? [:]
        return (response.status, json)
    }

    @Test func onlyAValidTokenAnnouncesACallAndTheShopIsFoundByTheNumberDialed() async throws {
        let fixture = try await WebFixture()
        // Большой дом also answers on a second line.
        let file = fixture.folder.appendingPathComponent("regulations/bolshoy-dom/regulation.yaml")
        let text = try String(contentsOf: file, encoding: .utf8)
        let phoneLine = try #require(text.split(separator: "\n").first { $0.hasPrefix("  phone:") })
        try text.replacingOccurrences(of: String(phoneLine), with: phoneLine + "\n  lines: [\"8 (800) 555-35-35\"]").write(to: file, atomically: true, encoding: .utf8)
        #expect(fixture.services.workspace.refresh() == ["bdom"])
        let made = try await Self.token(fixture)
        try await fixture.application.test(.router) { client in
            let call = #"{"dialed": "+7 800 555 35 35", "caller": "+7 913 000-11-22"}"#
            #expect(try await Self.announce(client, token: nil, call).status == .unauthorized)
            #expect(try await Self.announce(client, token: "rgl_\(made.id)_" + String(repeating: "x", count: 43), call).status == .unauthorized)
            let found = try await Self.announce(client, token: made.token, call)
            #expect(found.status == .created && found.json["shop"] as? String == "bdom")
            #expect((found.json["url"] as? String)?.hasPrefix("/shops/bdom/pops/") == true)
            let uyutPhone = try #require(fixture.services.workspace.shop("uyut")?.live?.compiled.shop.phone)
            let byPhone = try await Self.announce(client, token: made.token, #"{"dialed": "\#(uyutPhone)", "caller": "anonymous"}"#)
            #expect(byPhone.status == .created && byPhone.json["shop"] as? String == "uyut")
            #expect(try await Self.announce(client, token: made.token, #"{"dialed": "+7 999 000-00-00", "caller": "x"}"#).status == .notFound)
            #expect(try await Self.announce(client, token: made.token, "dialed=1").status == .badRequest)
            #expect(try await fixture.store.revokeToken(id: made.id, at: Date()))
            #expect(try await Self.announce(client, token: made.token, call).status == .unauthorized, "a revoked token is refused at once")
        }
    }

    @Test func announcementsAreLimitedPerToken() async throws {
        let fixture = try await WebFixture(settings: WebSettings(screenPopsPerMinute: 3))
        let made = try await Self.token(fixture)
        let uyutPhone = try #require(fixture.services.workspace.shop("uyut")?.live?.compiled.shop.phone)
        try await fixture.application.test(.router) { client in
            let call = #"{"dialed": "\#(uyutPhone)", "caller": "+7 913 000-11-22"}"#
            var statuses: [HTTPResponse.Status] = []
            for _ in 0..<4 { statuses.append(try await Self.announce(client, token: made.token, call).status) }
            #expect(statuses == [.created, .created, .created, .tooManyRequests])
            fixture.advance(61)
            let later = try await Self.announce(client, token: made.token, call).status
            #expect(later == .created)
        }
    }

    @Test func aRepeatClientIsShownBeforeTheFirstWordAndTheCallIsTakenOnce() async throws {
        let scenario = try Scenario.load(CallPageTests.orderScenario)
        let fixture = try await WebFixture(now: scenario.now.date)
        let made = try await Self.token(fixture)
        let uyutPhone = try #require(fixture.services.workspace.shop("uyut")?.live?.compiled.shop.phone)
        try await fixture.application.test(.router) { client in
            let first = Browser(client)
            try await first.logIn("operator-uyut")
            let order = try await CallPageTests.newCall(first, shop: "uyut")
            for line in scenario.steps { try await first.post(order, [("line", line)]) }
            // The same client calls again, from the number the order holds.
            let again = try await Self.announce(client, token: made.token, #"{"dialed": "\#(uyutPhone)", "caller": "8 913 555-12-34"}"#)
            #expect(again.json["earlierOrders"] as? Int == 1)
            let url = try #require(again.json["url"] as? String)
            let pop = try await first.get(url)
            #expect(pop.body.contains("Звонит <strong>+79135551234</strong>"))
            #expect(pop.body.contains("Клиент уже обращался: Иван Петров") && pop.body.contains("НЕ ЗВОНИТЬ") && pop.body.contains("UYUT-1125-001"))
            #expect(pop.body.contains("UYUT-1125-001 · 25.11.2026 12:") && pop.body.contains(" МСК"), "the earlier order's time says whose time it is")
            let taken = try await first.post(url)
            #expect(taken.status == .seeOther && taken.location?.hasPrefix("/shops/uyut/calls/UYUT-1125-") == true)
            let callPage = try await first.follow(try #require(taken.location))
            #expect(callPage.body.contains("Звонит +79135551234") && callPage.body.contains("уже обращался"))
            // A second operator is too late; another shop's operator does not even see it.
            let second = Browser(client)
            try await second.logIn("operator-both")
            try await second.get(url)
            #expect(try await second.post(url).status == .conflict)
            let other = Browser(client)
            try await other.logIn("operator-bdom")
            #expect(try await other.get(url).status == .notFound)
            #expect(try await other.get(url.replacingOccurrences(of: "/shops/uyut/", with: "/shops/bdom/")).status == .notFound)
        }
    }
}
