import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import ReglamentAccess
import Testing

@Suite struct LoginTests {
    @Test func aWrongPasswordAndAnUnknownNameGetTheSameAnswer() async throws {
        let fixture = try await WebFixture()
        try await fixture.application.test(.router) { client in
            let browser = Browser(client)
            try await browser.get("/login")
            let wrong = try await browser.post("/login", [("name", "owner-uyut"), ("password", "не тот пароль")])
            try await browser.get("/login")
            let unknown = try await browser.post("/login", [("name", "nobody"), ("password", "не тот пароль")])
            #expect(wrong.status == .unauthorized && unknown.status == .unauthorized)
            let strip = { (page: Browser.Page) in page.body.replacingOccurrences(of: Browser.token(in: page.body) ?? "", with: "") }
            #expect(strip(wrong).replacingOccurrences(of: "owner-uyut", with: "nobody") == strip(unknown))
            #expect(wrong.body.contains("Неверное имя или пароль."))
            #expect(browser.cookies.keys.sorted() == ["reglament-login"], "no session for a failed login: \(browser.cookies)")
        }
    }

    @Test func triesAreLimitedPerAccountAndThenRefusedEvenWithTheRightPassword() async throws {
        let fixture = try await WebFixture()
        try await fixture.application.test(.router) { client in
            let browser = Browser(client)
            for _ in 0..<5 {
                try await browser.get("/login")
                #expect(try await browser.post("/login", [("name", "owner-uyut"), ("password", "подбираю пароль")]).status == .unauthorized)
            }
            try await browser.get("/login")
            let locked = try await browser.post("/login", [("name", "owner-uyut"), ("password", WebFixture.password)])
            #expect(locked.status == .tooManyRequests && locked.body.contains("Слишком много неудачных попыток"))
            // An unknown name is counted and refused the same way.
            for _ in 0..<5 {
                try await browser.get("/login")
                try await browser.post("/login", [("name", "ghost"), ("password", "подбираю пароль")])
            }
            try await browser.get("/login")
            #expect(try await browser.post("/login", [("name", "ghost"), ("password", "x")]).status == .tooManyRequests)
            // The window passes.
            fixture.advance(16 * 60)
            #expect(try await browser.logIn("owner-uyut").status == .ok)
        }
    }

    @Test func aLoginStartsANewSessionAndLogoutEndsIt() async throws {
        let fixture = try await WebFixture()
        try await fixture.application.test(.router) { client in
            let browser = Browser(client)
            let home = try await browser.logIn("operator-uyut")
            #expect(home.status == .ok && home.body.contains("Уютная лавка"))
            let first = try #require(browser.cookies["reglament"])
            #expect(first.count >= 43, "256 random bits")
            try await browser.post("/logout")
            #expect(browser.cookies["reglament"] == nil)
            let stale = Browser(client)
            let after = try await stale.send(cookie: "reglament=\(first)", "/")
            #expect(after.status == .seeOther && after.location == "/login", "the session is deleted at logout, not only its cookie")
            // A session id planted before the login is not the one after it.
            browser.plant("reglament", "planted-by-someone-else")
            try await browser.logIn("operator-uyut")
            let second = try #require(browser.cookies["reglament"])
            #expect(second != first && second != "planted-by-someone-else")
        }
    }

    @Test func sessionsEndAfterTheIdleAndAbsoluteTimeouts() async throws {
        let fixture = try await WebFixture(settings: .init(sessions: SessionPolicy(idleTimeout: .seconds(600), absoluteTimeout: .seconds(1800))))
        try await fixture.application.test(.router) { client in
            let browser = Browser(client)
            try await browser.logIn("owner-uyut")
            fixture.advance(590)
            #expect(try await browser.get("/").status == .ok)
            fixture.advance(590)
            #expect(try await browser.get("/").status == .ok, "each request keeps the session alive")
            fixture.advance(601)
            #expect(try await browser.get("/").status == .seeOther, "idle for longer than 10 minutes")
            try await browser.logIn("owner-uyut")
            for _ in 0..<4 {
                fixture.advance(500)
                _ = try await browser.get("/")
            }
            #expect(browser.last?.status == .seeOther, "30 minutes after login at the latest")
        }
    }

    @Test func everyFormNeedsItsTokenAndNothingChangesOnGet() async throws {
        let fixture = try await WebFixture()
        try await fixture.application.test(.router) { client in
            let browser = Browser(client)
            try await browser.logIn("operator-uyut")
            let forged = try await browser.post("/shops/uyut/calls", csrf: "forged")
            #expect(forged.status == .forbidden)
            let none = try await browser.post("/shops/uyut/calls", csrf: "")
            #expect(none.status == .forbidden)
            #expect(try await fixture.store.openCalls(shop: "uyut").isEmpty)
            #expect(try await browser.get("/shops/uyut/calls").status == .notFound || browser.last?.status == .methodNotAllowed)
            #expect(try await fixture.store.openCalls(shop: "uyut").isEmpty)
            // A login form from another page's cookie is refused too.
            let login = Browser(client)
            try await login.get("/login")
            #expect(try await login.post("/login", [("name", "owner-uyut"), ("password", WebFixture.password)], csrf: "other").status == .forbidden)
        }
    }

    @Test func everyAnswerCarriesTheSecurityHeaders() async throws {
        let fixture = try await WebFixture()
        try await fixture.application.test(.router) { client in
            let browser = Browser(client)
            var pages = [try await browser.get("/login"), try await browser.get("/nowhere")]
            pages.append(try await browser.logIn("operator-uyut"))
            pages.append(try await browser.get("/shops/uyut/handbook"))
            pages.append(try await browser.get("/shops/bdom/handbook"))
            pages.append(try await browser.get("/assets/app.js"))
            for page in pages {
                let policy = try #require(page.headers[.contentSecurityPolicy], "\(page.status)")
                #expect(policy.contains("frame-ancestors 'none'") && !policy.contains("script-src 'unsafe-inline'") && !policy.contains("http"))
                #expect(page.headers[.xContentTypeOptions] == "nosniff")
                #expect(page.headers[HTTPField.Name("Referrer-Policy")!] == "same-origin")
            }
            #expect(!pages[2].body.contains("<script>"), "no inline script")
        }
    }

    @Test func cookiesAreSecureAndHostPrefixedBehindTLS() async throws {
        let fixture = try await WebFixture(settings: .init(secureCookies: true))
        try await fixture.application.test(.router) { client in
            let browser = Browser(client)
            try await browser.get("/login")
            let answer = try await browser.post("/login", [("name", "owner-uyut"), ("password", WebFixture.password)])
            let cookie = try #require(answer.headers[values: .setCookie].first { $0.hasPrefix("__Host-reglament=") })
            for attribute in ["Secure", "HttpOnly", "SameSite=Lax", "Path=/"] { #expect(cookie.contains(attribute), "\(cookie)") }
            #expect(!cookie.contains("Domain"))
        }
    }
}

extension Browser {
    func plant(_ name: String, _ value: String) {
        setCookie(name, value)
    }

    /// A request with exactly this cookie header, as a second browser holding an old cookie would send.
    func send(cookie: String, _ path: String) async throws -> Page {
        let response = try await client.execute(uri: path, method: .get, headers: [.cookie: cookie])
        return Page(status: response.status, headers: response.headers, body: String(buffer: response.body))
    }
}
