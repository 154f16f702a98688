import Foundation
import Hummingbird
import ReglamentAccess
import ReglamentRun

/// The call center's admin: people with their roles and shops, each
/// shop's regulation status with its problems, calls being driven, and
/// the same changes `reglament users` makes.
struct AdminRoutes {
    let services: WebServices

    struct AdminView {
        struct Person {
            let name: String
            let role: String
            let spokenName: String
            let shops: String
        }

        struct Shop {
            let id: String
            let name: String
            let live: Bool
            let version: String?
            let problems: String?
            let openCalls: [String]
        }

        struct RoleChoice {
            let id: String
            let name: String
        }

        let navigation: Navigation?
        let title: String
        let csrf: String
        let people: [Person]
        let shops: [Shop]
        let roles: [RoleChoice]
        let notice: String?
    }

    func add(to router: Router<WebContext>) {
        router.get("/admin") { request, context in
            _ = try services.requireRole(context, [.admin])
            let done: [String: TextKey] = ["added": .adminDoneAdded, "spoken": .adminDoneSpoken, "removed": .adminDoneRemoved, "grants": .adminDoneGrants]
            return try await render(context, notice: request.uri.queryParameters["done"].flatMap { done[String($0)] }.map { services.text(context)[$0] })
        }
        router.post("/admin/users") { _, context in
            _ = try services.requireRole(context, [.admin])
            let text = services.text(context)
            let shops = context.form["shops", default: ""].split(whereSeparator: { $0 == "," || $0 == " " }).map(String.init)
            do {
                let name = try UserName(parsing: context.form["name", default: ""])
                guard let role = Role(rawValue: context.form["role", default: ""]) else { throw WebRefusal(text[.adminChooseRole]) }
                if role.isLimitedToGrants, shops.isEmpty { throw WebRefusal(text(.adminNeedShop, ["role": text.said(role)])) }
                let spoken = context.form["spoken_name", default: ""].trimmingCharacters(in: .whitespaces)
                if role == .operator, spoken.isEmpty { throw WebRefusal(text[.adminNeedSpokenName]) }
                let hash = try services.hasher.hash(context.form["password", default: ""])
                try await services.store.addUser(name, role: role, spokenName: spoken.isEmpty ? nil : spoken, passwordHash: hash, shops: shops, at: services.clock())
            } catch let error as AccessError {
                return try await render(context, notice: error.description, status: .unprocessableContent)
            } catch let refusal as WebRefusal {
                return try await render(context, notice: refusal.reason, status: .unprocessableContent)
            }
            return Response.redirect(to: "/admin?done=added")
        }
        router.post("/admin/users/:user") { _, context in
            _ = try services.requireRole(context, [.admin])
            let text = services.text(context)
            guard let name = try? UserName(parsing: context.parameters.get("user") ?? ""), try await services.store.user(name) != nil else {
                throw HTTPError(.notFound, message: text[.adminNoSuchUser])
            }
            switch context.form["change"] {
            case "password":
                // Made up here and shown once, as `reglament users passwd` does; every session of the person ends.
                let password = GeneratedPassword.make()
                try await services.store.setPasswordHash(try services.hasher.hash(password), of: name)
                return try await render(context, notice: text(.adminPasswordShown, ["name": name.text, "password": password]))
            case "spoken_name":
                let spoken = context.form["spoken_name", default: ""].trimmingCharacters(in: .whitespaces)
                try await services.store.setSpokenName(spoken.isEmpty ? nil : spoken, of: name)
                return Response.redirect(to: "/admin?done=spoken")
            case "remove":
                guard name != context.user?.name else {
                    return try await render(context, notice: text[.adminNotYourself], status: .unprocessableContent)
                }
                try await services.store.removeUser(name)
                try await services.store.deleteSessions(of: name)
                return Response.redirect(to: "/admin?done=removed")
            default:
                throw HTTPError(.badRequest, message: text[.adminUnknownChange])
            }
        }
        router.post("/admin/users/:user/grants") { _, context in
            _ = try services.requireRole(context, [.admin])
            guard let name = try? UserName(parsing: context.parameters.get("user") ?? "") else {
                throw HTTPError(.notFound, message: services.text(context)[.adminNoSuchUser])
            }
            let shops = context.form["shops", default: ""].split(whereSeparator: { $0 == "," || $0 == " " }).map(String.init)
            if context.form["revoke"] != nil {
                try await services.store.revoke(shops, from: name)
            } else {
                try await services.store.grant(shops, to: name)
            }
            return Response.redirect(to: "/admin?done=grants")
        }
    }

    private func render(_ context: WebContext, notice: String?, status: HTTPResponse.Status = .ok) async throws -> Response {
        let text = services.text(context)
        let people = try await services.store.users().map {
            AdminView.Person(
                name: $0.name.text, role: text.said($0.role), spokenName: $0.spokenName ?? "",
                shops: $0.role.isLimitedToGrants ? $0.shops.joined(separator: ", ") : text[.adminAllShops])
        }
        var shops: [AdminView.Shop] = []
        for shop in services.workspace.shops {
            let open = shop.live == nil ? [] : try await services.store.openCalls(shop: shop.id).map(\.reference)
            shops.append(AdminView.Shop(
                id: shop.id, name: shop.name, live: shop.live != nil, version: shop.live.map { String($0.id.prefix(12)) },
                problems: shop.problems, openCalls: open))
        }
        let view = AdminView(
            navigation: Navigation(context, text), title: text[.navAdmin], csrf: context.session?.csrfToken ?? "", people: people, shops: shops,
            roles: Role.allCases.map { AdminView.RoleChoice(id: $0.rawValue, name: text.said($0)) }, notice: notice)
        return page(services.pages.render("admin", view, text), status: status)
    }
}

/// A form the admin must fill in differently, said on the page.
struct WebRefusal: Error {
    let reason: String
    init(_ reason: String) { self.reason = reason }
}
