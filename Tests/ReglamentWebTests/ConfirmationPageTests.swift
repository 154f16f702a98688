import Foundation
import Hummingbird
import HummingbirdTesting
import ReglamentRun
import Testing

/// Confirmation calls from the operator's home page, under the regulation's rules.
@Suite struct ConfirmationPageTests {
    /// Takes the uyut scenario's order, with the client's channel at `channel` (1 — a call, 2 — SMS).
    static func takeOrder(_ fixture: WebFixture, _ browser: Browser, channel: String) async throws -> Scenario {
        let scenario = try Scenario.load(CallPageTests.orderScenario)
        fixture.setClock(scenario.now.date)
        try await browser.logIn("operator-uyut")
        let call = try await CallPageTests.newCall(browser, shop: "uyut")
        for (index, line) in scenario.steps.enumerated() {
            try await browser.post(call, [("line", index == 5 ? channel : line)])
        }
        return scenario
    }

    @Test func aClientWhoAskedForSMSGetsTheConfirmationAsAText() async throws {
        let fixture = try await WebFixture()
        try await fixture.application.test(.router) { client in
            let browser = Browser(client)
            _ = try await Self.takeOrder(fixture, browser, channel: "2")
            let home = try await browser.get("/")
            #expect(home.body.contains("Заказ UYUT-1125-001 · попытка 1 из 2 · клиент просил не звонить (SMS)"))
            let text = try await browser.post("/shops/uyut/confirmations/UYUT-1125-001")
            #expect(text.status == .ok && text.body.contains("Отправьте текст подтверждения") && text.body.contains("UYUT-1125-001"))
            #expect(!(try await browser.get("/").body.contains("Заказ UYUT-1125-001 · попытка")), "sent: no longer due")
            #expect(try await fixture.store.attempts(forOrder: "UYUT-1125-001", shop: "uyut").map(\.result) == [.sentAsText])
        }
    }

    @Test func anUnansweredCallWaitsItsIntervalAndAnAnsweredOneConfirmsTheOrder() async throws {
        let fixture = try await WebFixture()
        try await fixture.application.test(.router) { client in
            let browser = Browser(client)
            _ = try await Self.takeOrder(fixture, browser, channel: "1")
            #expect(try await browser.get("/").body.contains("Заказ UYUT-1125-001 · попытка 1 из 2\n"))
            let missed = try await browser.post("/shops/uyut/confirmations/UYUT-1125-001", [("result", "no-answer")])
            #expect(missed.body.contains("Не дозвонились (1 из 2)"))
            #expect(!(try await browser.get("/").body.contains("Заказ UYUT-1125-001 · попытка")), "not before 3 hours")
            fixture.advance(3 * 3600 + 60)
            try await browser.logIn("operator-uyut")
            #expect(try await browser.get("/").body.contains("Заказ UYUT-1125-001 · попытка 2 из 2"))
            let call = try await browser.post("/shops/uyut/confirmations/UYUT-1125-001")
            let path = try #require(call.location)
            let hello = try await browser.get(path)
            #expect(hello.body.contains("Подтверждаю ваш") && !hello.body.contains("{{"))
            #expect(try await browser.post(path, [("line", "1")]).status == .seeOther)
            #expect(try await browser.get(path).body.contains("Заказ UYUT-1125-001 подтверждён"))
            #expect(try await fixture.store.order("UYUT-1125-001", shop: "uyut")?.status == .confirmed)
            #expect(try await fixture.store.attempts(forOrder: "UYUT-1125-001", shop: "uyut").map(\.result) == [.noAnswer, .confirmed])
            #expect(!(try await browser.get("/").body.contains("Заказ UYUT-1125-001 · попытка")))
            print("confirmation line: \(CallPageTests.say(in: hello.body))")
        }
    }
}
