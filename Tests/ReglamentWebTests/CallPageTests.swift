import Foundation
import Hummingbird
import HummingbirdTesting
import ReglamentRun
import Testing

/// Calls taken in the browser on the same engine as the terminal.
@Suite struct CallPageTests {
    static let orderScenario = WebFixture.packageRoot.appendingPathComponent("Regulations/uyut-lavka/scenarios/order-novosibirsk.yaml").path

    /// Starts a call at `shop` and returns its page's path.
    static func newCall(_ browser: Browser, shop: String, postal: String? = nil) async throws -> String {
        try await browser.follow("/")
        let started = try await browser.post("/shops/\(shop)/calls", postal.map { [("postal", $0)] } ?? [])
        #expect(started.status == .seeOther)
        return try #require(started.location)
    }

    @Test func anOperatorTakesAFullOrderWithTheKeyboardAlone() async throws {
        let scenario = try Scenario.load(Self.orderScenario)
        let fixture = try await WebFixture(now: scenario.now.date)
        try await fixture.application.test(.router) { client in
            let browser = Browser(client)
            try await browser.logIn("operator-uyut")
            let call = try await Self.newCall(browser, shop: "uyut")
            var keys = 0
            for line in scenario.steps {
                let page = try await browser.get(call)
                #expect(page.status == .ok && page.body.contains(#"autofocus"#), "the line to type in has the focus")
                let answer = try await browser.post(call, [("line", line)])
                #expect(answer.status == .seeOther, "«\(line)» was refused: \(Self.refusal(in: answer.body))")
                // Typed data is the client's; beyond it, each key of a choice or a command, and Enter.
                if case .action(.input) = OperatorInput(line) { keys += 1 } else { keys += line.count + 1 }
            }
            let end = try await browser.get(call)
            #expect(end.body.contains("ЗАКАЗ ПРИНЯТ. Номер для клиента: UYUT-1125-001"))
            #expect(end.body.contains("Итого с доставкой"))
            let order = try #require(try await fixture.store.order("UYUT-1125-001", shop: "uyut"))
            for (field, value) in scenario.expect.fields ?? [:] { #expect(order.fields[field] == value, "\(field)") }
            print("keystrokes beyond the typed data for a full order (\(scenario.steps.count) steps): \(keys)")
            #expect(keys <= 40)
            #expect(try await fixture.store.openCalls(shop: "uyut").isEmpty)
        }
    }

    /// A browser submits a form on Enter with its first submit button: an option inside the line's form would be chosen by Enter.
    @Test func enterInTheLineSubmitsTheLineNotAnOption() async throws {
        let fixture = try await WebFixture()
        try await fixture.application.test(.router) { client in
            let browser = Browser(client)
            try await browser.logIn("operator-uyut")
            let call = try await Self.newCall(browser, shop: "uyut")
            try await browser.post(call, [("line", "")])
            let page = try await browser.get(call).body
            #expect(page.contains(#"name="choose" value="1""#), "the step has options")
            let start = try #require(page.range(of: #"id="step""#))
            let form = String(page[start.upperBound...]).components(separatedBy: "</form>")[0]
            #expect(!form.contains(#"name="choose""#) && form.components(separatedBy: #"type="submit""#).count == 2)
        }
    }

    @Test func aRefusedAnswerStaysOnTheStepWithTheEnginesReason() async throws {
        let scenario = try Scenario.load(Self.orderScenario)
        let fixture = try await WebFixture(now: scenario.now.date)
        try await fixture.application.test(.router) { client in
            let browser = Browser(client)
            try await browser.logIn("operator-uyut")
            let call = try await Self.newCall(browser, shop: "uyut")
            for line in scenario.steps.prefix(4) { try await browser.post(call, [("line", line)]) }
            let refused = try await browser.post(call, [("line", "12")])
            #expect(refused.status == .unprocessableContent)
            #expect(refused.body.contains("role=\"alert\""), "the reason is shown inline")
            #expect(try await browser.post(call, [("line", scenario.steps[4])]).status == .seeOther)
        }
    }

    @Test func aReloadARestartAndTheTerminalContinueTheCallWhereItWas() async throws {
        let scenario = try Scenario.load(Self.orderScenario)
        let fixture = try await WebFixture(now: scenario.now.date)
        let (call, before) = try await fixture.application.test(.router) { client in
            let browser = Browser(client)
            try await browser.logIn("operator-uyut")
            let call = try await Self.newCall(browser, shop: "uyut")
            for line in scenario.steps.prefix(5) { try await browser.post(call, [("line", line)]) }
            let before = Self.step(in: try await browser.get(call).body)
            #expect(Self.step(in: try await browser.get(call).body) == before, "a reload shows the same step")
            return (call, before)
        }
        // A new server over the same database and folder.
        let restarted = try await WebFixture(now: scenario.now.date, folder: fixture.folder)
        let reference = String(call.split(separator: "/").last ?? "")
        try await restarted.application.test(.router) { client in
            let browser = Browser(client)
            try await browser.logIn("operator-uyut")
            #expect(Self.step(in: try await browser.get(call).body) == before)
            // The terminal's runner takes a step of the same call…
            let version = try #require(restarted.services.workspace.shop("uyut")?.live)
            var session = try await version.runner.resume(reference)
            _ = try await version.runner.perform(.choose(2), on: &session, at: scenario.now.date)
            // …and the browser shows the step after it.
            let after = Self.step(in: try await browser.get(call).body)
            #expect(after != before && after == "шаг \(session.view.number)")
        }
    }

    @Test func oneOperatorDrivesACallAndTheAdminCanReleaseIt() async throws {
        let fixture = try await WebFixture()
        try await fixture.application.test(.router) { client in
            let first = Browser(client)
            try await first.logIn("operator-uyut")
            let call = try await Self.newCall(first, shop: "uyut")
            let second = Browser(client)
            try await second.logIn("operator-both")
            let seen = try await second.get(call)
            #expect(seen.body.contains("Звонок ведёт operator-uyut") && !seen.body.contains(#"id="step""#))
            #expect(try await second.post(call, [("line", "")]).status == .conflict)
            let admin = Browser(client)
            try await admin.logIn("admin")
            try await admin.get(call)
            #expect(try await admin.post(call + "/release").status == .seeOther)
            let taken = try await second.get(call)
            #expect(taken.body.contains(#"id="step""#) && !taken.body.contains("Звонок ведёт"))
            #expect(try await first.get(call).body.contains("Звонок ведёт operator-both"))
        }
    }

    @Test func theFAQIsSearchedByWordFormsFromTheLine() async throws {
        let fixture = try await WebFixture()
        try await fixture.application.test(.router) { client in
            let browser = Browser(client)
            try await browser.logIn("operator-uyut")
            let call = try await Self.newCall(browser, shop: "uyut")
            let page = try await browser.post(call, [("line", "/ доставкой")])
            #expect(page.status == .ok && page.body.contains("FAQ: «доставкой»"))
            #expect(page.body.contains("<strong>"), "an entry is found")
            #expect(!page.body.contains("{{"), "no raw placeholder")
        }
    }

    static func step(in html: String) -> String {
        guard let range = html.range(of: #"шаг \d+"#, options: .regularExpression) else { return "" }
        return String(html[range])
    }

    static func say(in html: String) -> String {
        guard let start = html.range(of: "id=\"say\">") else { return "" }
        return String(html[start.upperBound...].prefix { $0 != "<" })
    }

    static func refusal(in html: String) -> String {
        guard let start = html.range(of: "id=\"refusal\">") else { return "" }
        return String(html[start.upperBound...].prefix { $0 != "<" })
    }
}
