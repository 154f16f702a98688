import Foundation
import Hummingbird
import ReglamentAccess
import ReglamentModel
import ReglamentRun
import ReglamentWording

/// A call in the browser, on the same engine as the terminal: the page
/// shows the session's `StepView`, and the operator's line (or a button)
/// goes through `OperatorInput` to `CallRunner.perform`, which commits the
/// step's events before the answer. The call is rebuilt from the store on
/// every request, so a reload, a lost network or a restarted server shows
/// the step where it was, and `reglament run --resume` continues it too.
struct CallRoutes {
    let services: WebServices
    static let takers: Set<Role> = [.operator]

    func add(to router: Router<WebContext>) {
        router.post("/shops/:shop/calls") { _, context in
            let (user, shop, version) = try services.liveScope(context, roles: Self.takers)
            let now = services.clock()
            let spoken = try services.spokenName(of: user)
            // The caller's postal index, when the telephone system or the client gave it before the call (as `run --postal`).
            let given = context.form["postal", default: ""].trimmingCharacters(in: .whitespaces)
            let postal: PostalIndex?
            do { postal = given.isEmpty ? nil : try PostalIndex(parsing: given) } catch {
                throw HTTPError(.unprocessableContent, message: "«\(given)» — не почтовый индекс (6 цифр). Начните звонок заново.")
            }
            let session = try await version.runner.begin(operatorName: spoken, clientPostalIndex: postal?.digits, at: now)
            _ = try await services.store.claimCall(session.record.reference, shop: shop.id, by: user.name.text, at: now)
            return Response.redirect(to: Self.path(shop.id, session.record.reference))
        }
        router.get("/shops/:shop/calls/:call") { _, context in
            let (user, shop) = try services.scope(context, roles: Self.takers.union([.admin]))
            var call = try await load(shop, context)
            if user.role == .operator { try await claim(&call, by: user) }
            return try await render(call, context, user: user)
        }
        router.post("/shops/:shop/calls/:call") { _, context in
            let (user, shop) = try services.scope(context, roles: Self.takers)
            var call = try await load(shop, context)
            try await claim(&call, by: user)
            guard call.driver == user.name.text else { return try await render(call, context, user: user, status: .conflict) }
            let line = context.form["choose"] ?? context.form["line"] ?? ""
            switch OperatorInput(line) {
            case .quit:
                try await services.store.releaseCall(call.reference, shop: shop.id)
                return Response.redirect(to: "/")
            case .searchFAQ(let words):
                call.faqQuery = words
                return try await render(call, context, user: user)
            case .action(let action):
                guard !call.session.isOver else { return Response.redirect(to: Self.path(shop.id, call.reference)) }
                let result = try await call.version.runner.perform(action, on: &call.session, at: services.clock())
                services.liveCalls.keep(call.session)
                if case .failure(let refusal) = result {
                    call.refusal = refusal.reason
                    call.typed = line
                    return try await render(call, context, user: user, status: .unprocessableContent)
                }
                if call.session.isOver {
                    try await services.store.releaseCall(call.reference, shop: shop.id)
                    try await recordConfirmation(call.session)
                }
                return Response.redirect(to: Self.path(shop.id, call.reference))
            }
        }
        router.post("/shops/:shop/calls/:call/release") { _, context in
            let (user, shop) = try services.scope(context, roles: [.admin, .operator])
            let call = try await load(shop, context)
            // An operator lets go of their own call (or one no one drives); the admin of anyone's.
            if user.role != .admin, let driver = call.driver, driver != user.name.text { throw HTTPError(.forbidden, message: "Звонок ведёт \(driver).") }
            try await services.store.releaseCall(call.reference, shop: shop.id)
            return Response.redirect(to: user.role == .admin ? "/admin" : "/")
        }
    }

    /// Makes `user` the call's driver unless someone already is: the load has read who drives it,
    /// so only the first page of a call writes.
    private func claim(_ call: inout LoadedCall, by user: UserAccount) async throws {
        guard call.driver == nil else { return }
        call.driver = try await services.store.claimCall(call.reference, shop: call.session.record.shop, by: user.name.text, at: services.clock())
    }

    /// A confirmation call that ended here records its attempt as the terminal's does.
    private func recordConfirmation(_ session: CallSession) async throws {
        guard session.record.direction == .outbound, let reference = session.record.orderReference,
              let order = try await services.store.order(reference, shop: session.record.shop)
        else { return }
        try await ConfirmationCall.recordEnding(of: session, order: order, store: services.store, at: services.clock())
    }

    static func path(_ shop: String, _ reference: String) -> String {
        "/shops/\(shop)/calls/\(reference)"
    }

    /// A call of the shop on the version it began with: as this server last showed it while the log
    /// has no event more, else rebuilt from its events.
    private func load(_ shop: ServedShop, _ context: WebContext) async throws -> LoadedCall {
        guard let reference = context.parameters.get("call"), let state = try await services.store.callState(reference, shop: shop.id) else {
            throw HTTPError(.notFound, message: "Такого звонка нет.")
        }
        if let kept = services.liveCalls.session(reference, shop: shop.id), kept.events.count == state.eventCount,
           let version = services.workspace.version(kept.record.version) {
            return LoadedCall(reference: reference, version: version, session: kept, driver: state.driver)
        }
        guard let record = try await services.store.call(reference, shop: shop.id) else {
            throw HTTPError(.notFound, message: "Такого звонка нет.")
        }
        guard let version = services.workspace.version(record.version) else {
            throw HTTPError(
                .conflict,
                message: "Звонок \(reference) начат на версии регламента, которой этот сервер не знает; продолжите его в терминале: reglament run --resume \(reference).")
        }
        let session = try await version.runner.resume(reference)
        services.liveCalls.keep(session)
        return LoadedCall(reference: reference, version: version, session: session, driver: state.driver)
    }

    private func render(_ call: LoadedCall, _ context: WebContext, user: UserAccount, status: HTTPResponse.Status = .ok) async throws -> Response {
        let caller = try await announcedCaller(of: call)
        let view = CallPageView(call, navigation: Navigation(context), viewer: user, now: services.clock(), caller: caller.number, client: caller.client)
        return page(services.pages.render("call", view), status: status)
    }
}

extension CallRoutes {
    /// A call the telephone system announced: who calls, and what the shop knows of them.
    private func announcedCaller(of call: LoadedCall) async throws -> AnnouncedCaller {
        let shop = call.session.record.shop
        if let known = services.liveCalls.caller(call.reference, shop: shop) { return known }
        let pop = try await services.store.screenPop(forCall: call.reference, shop: shop)
        let client = try await pop.asyncMap { try await RepeatClient.find($0.caller, in: call.version.compiled, store: services.store) } ?? nil
        let found = AnnouncedCaller(number: pop?.caller, client: client)
        services.liveCalls.remember(found, reference: call.reference, shop: shop)
        return found
    }
}

/// A call as one request sees it.
struct LoadedCall {
    let reference: String
    let version: ShopVersion
    var session: CallSession
    /// Who drives it (nil: no one).
    var driver: String?
    var refusal: String?
    var typed: String?
    var faqQuery: String?
}
