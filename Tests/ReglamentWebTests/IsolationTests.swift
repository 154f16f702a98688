import Foundation
import Hummingbird
import HummingbirdTesting
import ReglamentAccess
import ReglamentModel
import ReglamentRun
@testable import ReglamentWeb
import Testing

/// Every route × every role × two shops: a person reaches a shop's pages
/// only with a grant (another shop's are 404, exactly like a shop that
/// does not exist), and within a granted shop only those of their role (403).
@Suite struct IsolationTests {
    /// Who each route is for. A route added to the server without a line here fails the test.
    static let routes: [(route: String, roles: Set<Role>)] = [
        ("GET /", [.admin, .operator, .owner, .auditor]),
        ("GET /admin", [.admin]),
        ("POST /admin/users", [.admin]),
        ("POST /admin/users/{user}/grants", [.admin]),
        ("POST /admin/users/{user}", [.admin]),
        ("POST /shops/{shop}/calls", [.operator]),
        ("GET /shops/{shop}/calls/{call}", [.operator, .admin]),
        ("POST /shops/{shop}/calls/{call}", [.operator]),
        ("POST /shops/{shop}/calls/{call}/release", [.operator, .admin]),
        ("GET /shops/{shop}/outcomes", [.owner, .admin]),
        ("GET /shops/{shop}/outcomes.csv", [.owner, .admin]),
        ("GET /shops/{shop}/outcomes.json", [.owner, .admin]),
        ("POST /shops/{shop}/messages/{call}/dealt", [.owner]),
        ("GET /shops/{shop}/handbook", [.operator, .owner, .auditor, .admin]),
        ("GET /shops/{shop}/audit", [.auditor, .owner, .admin]),
        ("GET /shops/{shop}/regulation", [.owner, .admin]),
        ("POST /shops/{shop}/drafts", [.owner, .admin]),
        ("GET /shops/{shop}/drafts/{draft}", [.owner, .admin]),
        ("POST /shops/{shop}/drafts/{draft}/publish", [.owner, .admin]),
        ("POST /shops/{shop}/confirmations/{order}", [.operator]),
        ("GET /shops/{shop}/pops/{pop}", [.operator]),
        ("POST /shops/{shop}/pops/{pop}", [.operator]),
    ]
    /// Open to anyone: the login page and the assets it needs.
    /// The screen pop answers to an API token instead (ScreenPopTests).
    static let publicRoutes: Set<String> = ["GET /login", "POST /login", "POST /logout", "GET /assets/{name}", "POST /api/v1/calls"]

    @Test func everyRouteOfTheServerIsInTheTable() async throws {
        let fixture = try await WebFixture()
        let served = Set(WebServerRoutes.descriptions(fixture))
        let listed = Set(Self.routes.map(\.route)).union(Self.publicRoutes)
        #expect(served == listed, "served but not listed: \(served.subtracting(listed)); listed but not served: \(listed.subtracting(served))")
    }

    @Test func everyRouteEveryRoleTwoShops() async throws {
        let fixture = try await WebFixture()
        // One message call in each shop, for the routes that name a call.
        var made: [String: String] = [:]
        for shop in WebFixture.shops {
            let runner = try #require(fixture.services.workspace.shop(shop)?.live?.runner)
            let session = try await runner.begin(operatorName: "Ольга", at: Date())
            let message = MessageRecord(
                shop: shop, reference: session.record.reference, rule: nil, recipient: "owner@example.org",
                content: ["question": "секрет магазина \(shop)"], createdAt: Date())
            try await fixture.store.finish(
                call: session.record.reference, shop: shop, outcome: .message, at: Date(), order: nil, message: message, mail: [], events: [])
            let open = try await runner.begin(operatorName: "Ольга", at: Date())
            made[shop] = open.record.reference
            made[shop + ".message"] = session.record.reference
            let pop = ScreenPop(id: "pop-\(shop)", shop: shop, caller: "+79130001122", dialed: "+74950000000", createdAt: Date())
            try await fixture.store.addScreenPop(pop)
            made[shop + ".pop"] = pop.id
            let ordered = try await runner.begin(operatorName: "Ольга", at: Date())
            let order = OrderRecord(shop: shop, reference: ordered.record.reference, fields: ["full_name": "Секрет Магазина \(shop)"], createdAt: Date())
            try await fixture.store.finish(
                call: ordered.record.reference, shop: shop, outcome: .order, at: Date(), order: order, message: nil, mail: [], events: [])
            made[shop + ".order"] = order.reference
            // The shop's own files as a draft: publishing it changes nothing.
            let served = try #require(fixture.services.workspace.shop(shop))
            made[shop + ".draft"] = try fixture.services.workspace.saveDraft(try PublishTests.upload(of: served.folder), shop: served)
        }
        let calls = made
        try await fixture.application.test(.router) { client in
            // No one logged in: every page but the public ones sends to the login page.
            let stranger = Browser(client)
            for (route, _) in Self.routes {
                let page = try await Self.request(stranger, route, shop: "uyut", calls: calls)
                #expect(page.status == .seeOther && page.location?.hasPrefix("/login") == true, "\(route) for no one: \(page.status)")
            }
            var checked = 0
            for person in WebFixture.people {
                let browser = Browser(client)
                try await browser.logIn(person.name)
                for shop in WebFixture.shops {
                    let granted = person.role == .admin || person.shops.contains(shop)
                    for (route, roles) in Self.routes {
                        let page = try await Self.request(browser, route, shop: shop, calls: calls)
                        let who = "\(person.name) \(route) in \(shop)"
                        if !route.contains("{shop}") {
                            #expect(roles.contains(person.role) ? Self.isAllowed(page) : page.status == .forbidden, "\(who): \(page.status)")
                        } else if !granted {
                            #expect(page.status == .notFound, "\(who): \(page.status)")
                            #expect(!page.body.contains("секрет магазина") && !page.body.contains(calls[shop] ?? "?"), "\(who) shows the shop's data")
                        } else if roles.contains(person.role) {
                            #expect(Self.isAllowed(page), "\(who): \(page.status)")
                        } else {
                            #expect(page.status == .forbidden, "\(who): \(page.status)")
                        }
                        checked += 1
                    }
                }
            }
            #expect(checked == WebFixture.people.count * WebFixture.shops.count * Self.routes.count)
            // A shop no one has is the same 404 as another shop's.
            let owner = Browser(client)
            try await owner.logIn("owner-uyut")
            #expect(try await owner.get("/shops/nosuchshop/outcomes").body == (try await owner.get("/shops/bdom/outcomes").body))
        }
    }

    static func isAllowed(_ page: Browser.Page) -> Bool {
        page.status != .forbidden && page.status != .notFound && page.status.code < 500 && page.location?.hasPrefix("/login") != true
    }

    static func request(_ browser: Browser, _ route: String, shop: String, calls: [String: String]) async throws -> Browser.Page {
        let parts = route.split(separator: " ", maxSplits: 1)
        let call = route.contains("/messages/") ? calls[shop + ".message"] : calls[shop]
        let path = String(parts[1])
            .replacingOccurrences(of: "{shop}", with: shop)
            .replacingOccurrences(of: "{call}", with: call ?? "none")
            .replacingOccurrences(of: "{user}", with: "owner-bdom")
            .replacingOccurrences(of: "{pop}", with: calls[shop + ".pop"] ?? "none")
            .replacingOccurrences(of: "{order}", with: calls[shop + ".order"] ?? "none")
            .replacingOccurrences(of: "{draft}", with: calls[shop + ".draft"] ?? "none")
        return parts[0] == "GET" ? try await browser.get(path) : try await browser.post(path, [("line", ""), ("note", "перезвонили")])
    }
}
