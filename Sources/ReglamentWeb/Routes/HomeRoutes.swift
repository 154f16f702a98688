import Foundation
import Hummingbird
import ReglamentAccess
import ReglamentRun
import ReglamentWording

/// The first page after login: each granted shop with what the role does
/// there (an operator's new call and calls put aside, an owner's orders and
/// messages, an auditor's report), and the problems of a regulation that is
/// not served, for its owner and the admin.
struct HomeRoutes {
    let services: WebServices

    struct HomeView {
        let navigation: Navigation?
        let title: String
        let shops: [ShopCard]
    }

    struct ShopCard {
        let id: String
        let name: String
        let live: Bool
        let problems: String?
        let takesCalls: Bool
        let seesOutcomes: Bool
        let seesAudit: Bool
        let confirmations: [Confirmation]
        let asideCalls: [AsideCall]
        let csrf: String
    }

    /// A confirmation call due, with its line («Заказ … · попытка 1 из 3»).
    struct Confirmation {
        let reference: String
        let textChannel: String?
        let said: String
    }

    struct AsideCall {
        let reference: String
        let operatorName: String
        let started: String
    }

    func add(to router: Router<WebContext>) {
        router.get("/") { _, context in
            let user = try services.user(context)
            if user.role == .admin { return Response.redirect(to: "/admin") }
            let text = services.text(context)
            var cards: [ShopCard] = []
            for shop in services.workspace.shops where user.mayWork(in: shop.id) {
                let aside = user.role == .operator && shop.live != nil ? try await services.store.openCalls(shop: shop.id) : []
                cards.append(ShopCard(
                    id: shop.id, name: shop.name, live: shop.live != nil,
                    problems: user.role == .owner ? shop.problems : nil,
                    takesCalls: user.role == .operator && shop.live != nil,
                    seesOutcomes: user.role == .owner, seesAudit: user.role == .auditor,
                    confirmations: user.role == .operator
                        ? try await DueConfirmation.list(shop, store: services.store, now: services.clock()).map { due in
                            Confirmation(
                                reference: due.reference, textChannel: due.textChannel,
                                said: text(.homeConfirmation, ["reference": due.reference, "attempt": "\(due.attempt)", "attempts": "\(due.attempts)"]))
                        } : [],
                    asideCalls: aside.map { call in
                        let zone = shop.live.flatMap { TimeZone(identifier: $0.compiled.shop.timezone) } ?? .gmt
                        return AsideCall(
                            reference: call.reference, operatorName: call.operatorName,
                            started: WebTime.moment(call.startedAt, in: zone))
                    },
                    csrf: context.session?.csrfToken ?? ""))
            }
            let view = HomeView(navigation: Navigation(context, text), title: text[.homeTitle], shops: cards)
            return page(services.pages.render("home", view, text))
        }
        router.get("/assets/:name") { _, context in
            guard let name = context.parameters.get("name"), ["app.css", "app.js"].contains(name), let text = Pages.asset(name) else {
                throw HTTPError(.notFound)
            }
            let type = name.hasSuffix(".css") ? "text/css; charset=utf-8" : "text/javascript; charset=utf-8"
            return Response(
                status: .ok, headers: [.contentType: type, .cacheControl: "public, max-age=3600"], body: .init(byteBuffer: ByteBuffer(string: text)))
        }
    }
}

/// Times on pages, in the zone the caller names (the shop's), always saying
/// whose time it is («25.11.2026 23:00 МСК»): the server's own zone is no one's.
enum WebTime {
    static func moment(_ date: Date, in zone: TimeZone) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "ru_RU")
        formatter.timeZone = zone
        formatter.dateFormat = "dd.MM.yyyy HH:mm"
        return formatter.string(from: date) + " " + ZoneWording.short(zone)
    }
}
