import Foundation
import HTTPTypes
import Hummingbird
import ReglamentAccess
import ReglamentCompile
import ReglamentRun
import Synchronization

/// The telephone system's screen pop: `POST /api/v1/calls` with a bearer
/// token and `{dialed, caller}` finds the shop by the number dialed (its
/// phone or its `lines`) and announces the call; the operator opens the
/// URL it answers with, sees who calls (a repeat client's last orders and
/// channel) before the first word, and takes it.
struct ScreenPopRoutes {
    let services: WebServices
    let limiter: RequestLimiter

    struct Announcement: Decodable {
        let dialed: String
        let caller: String
    }

    struct Answer: Encodable {
        let id: String
        let shop: String
        let url: String
        /// How many earlier orders of the shop came from the caller's number.
        let earlierOrders: Int
    }

    struct APIProblem: Encodable {
        let error: String
    }

    struct PopView {
        let navigation: Navigation?
        let title: String
        let shopID: String
        let shopName: String
        let popID: String
        let csrf: String
        let caller: String
        let taken: String?
        let client: RepeatClient?
    }

    func add(to router: Router<WebContext>) {
        router.post("/api/v1/calls") { request, context in
            guard let token = request.headers[.authorization].flatMap(Self.bearer), let id = APIToken.id(of: token),
                  let stored = try await services.store.tokenHash(id: id), !stored.revoked, SessionToken.same(stored.hash, APIToken.hash(token))
            else { return try Self.json(APIProblem(error: "a valid, unrevoked API token is needed: Authorization: Bearer rgl_…"), .unauthorized, context) }
            guard limiter.allows(id, at: services.clock()) else {
                return try Self.json(APIProblem(error: "too many calls announced with this token; wait a minute"), .tooManyRequests, context)
            }
            let announcement: Announcement
            do { announcement = try await request.decode(as: Announcement.self, context: context) } catch {
                return try Self.json(APIProblem(error: "the body must be JSON: {\"dialed\": \"+7…\", \"caller\": \"+7…\"}"), .badRequest, context)
            }
            guard case .success(let dialed) = PhoneNormalizer.normalize(announcement.dialed) else {
                return try Self.json(APIProblem(error: "'dialed' is not a phone number"), .unprocessableContent, context)
            }
            guard let shop = services.workspace.shops.first(where: { $0.live?.compiled.shop.numbers?.contains(dialed) == true }),
                  let version = shop.live
            else { return try Self.json(APIProblem(error: "no served shop answers on \(dialed)"), .notFound, context) }
            let caller = (try? PhoneNormalizer.normalize(announcement.caller).get()) ?? String(announcement.caller.prefix(40))
            let pop = ScreenPop(id: SessionToken.make(), shop: shop.id, caller: caller, dialed: dialed, createdAt: services.clock())
            try await services.store.addScreenPop(pop)
            let earlier = try await RepeatClient.find(caller, in: version.compiled, store: services.store)
            return try Self.json(
                Answer(id: pop.id, shop: shop.id, url: "/shops/\(shop.id)/pops/\(pop.id)", earlierOrders: earlier?.orders.count ?? 0), .created, context)
        }
        router.get("/shops/:shop/pops/:pop") { _, context in
            let (_, shop, version) = try services.liveScope(context, roles: [.operator])
            let pop = try await load(shop, context)
            let text = services.text(context)
            let view = PopView(
                navigation: Navigation(context, text), title: text[.popTitle], shopID: shop.id, shopName: shop.name, popID: pop.id,
                csrf: context.session?.csrfToken ?? "", caller: pop.caller,
                taken: pop.callReference.map { text(.popTakenBy, ["name": $0.isEmpty ? text[.popOtherOperator] : $0]) },
                client: try await RepeatClient.find(pop.caller, in: version.compiled, store: services.store))
            return page(services.pages.render("pop", view, text))
        }
        router.post("/shops/:shop/pops/:pop") { _, context in
            let (user, shop, version) = try services.liveScope(context, roles: [.operator])
            let pop = try await load(shop, context)
            let spoken = try services.spokenName(of: user, context)
            guard try await services.store.claimScreenPop(pop.id, shop: shop.id) else {
                throw HTTPError(.conflict, message: services.text(context)[.popTakenByOther])
            }
            let now = services.clock()
            let session = try await version.runner.begin(operatorName: spoken, at: now)
            try await services.store.linkScreenPop(pop.id, shop: shop.id, call: session.record.reference)
            _ = try await services.store.claimCall(session.record.reference, shop: shop.id, by: user.name.text, at: now)
            return Response.redirect(to: CallRoutes.path(shop.id, session.record.reference))
        }
    }

    private func load(_ shop: ServedShop, _ context: WebContext) async throws -> ScreenPop {
        guard let id = context.parameters.get("pop"), let pop = try await services.store.screenPop(id, shop: shop.id) else {
            throw HTTPError(.notFound, message: services.text(context)[.errorNoCall])
        }
        return pop
    }

    static func bearer(_ header: String) -> String? {
        header.hasPrefix("Bearer ") ? String(header.dropFirst(7)).trimmingCharacters(in: .whitespaces) : nil
    }

    static func json(_ value: some Encodable, _ status: HTTPResponse.Status, _ context: WebContext) throws -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return Response(
            status: status, headers: [.contentType: "application/json; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(bytes: try encoder.encode(value))))
    }
}

/// A caller the shop has heard from: their last orders (newest first), the
/// name and channel they gave, and whether they asked not to be called.
struct RepeatClient {
    struct EarlierOrder {
        let reference: String
        let when: String
        let items: String?
        let total: String?
    }

    let name: String?
    let channel: String?
    let doNotCall: Bool
    let orders: [EarlierOrder]

    static func find(_ caller: String, in compiled: CompiledRegulation, store: any WebStore) async throws -> RepeatClient? {
        var references: [String] = []
        for field in compiled.fields where field.type == .phone {
            references += try await store.orders(withField: field.id, equalTo: caller, shop: compiled.shop.id)
        }
        var orders: [OrderRecord] = []
        for reference in Set(references) {
            if let order = try await store.order(reference, shop: compiled.shop.id) { orders.append(order) }
        }
        guard let last = orders.max(by: { $0.createdAt < $1.createdAt }) else { return nil }
        let zone = TimeZone(identifier: compiled.shop.timezone) ?? .gmt
        let channelID = compiled.value(ofType: .contactChannel, in: last.fields)
        return RepeatClient(
            name: compiled.value(ofType: .fullName, in: last.fields),
            channel: channelID.map { id in ContactChannels.all.first { $0.id == id }?.label ?? id },
            doNotCall: ContactChannels.forbidsCalls(channelID),
            orders: orders.sorted { $0.createdAt > $1.createdAt }.prefix(3).map { order in
                let details = OrderDetails(order, compiled: compiled)
                return EarlierOrder(
                    reference: order.reference, when: WebTime.moment(order.createdAt, in: zone),
                    items: compiled.fields.first { $0.type == .items }.flatMap { details.spokenValue(of: $0) },
                    total: details.total.map(compiled.said))
            })
    }
}

/// At most `limit` requests a minute for each key (an API token).
final class RequestLimiter: Sendable {
    private let limit: Int
    private let seen = Mutex([String: [Date]]())

    init(perMinute limit: Int) {
        self.limit = limit
    }

    func allows(_ key: String, at now: Date) -> Bool {
        seen.withLock { seen in
            let recent = (seen[key] ?? []).filter { now.timeIntervalSince($0) < 60 }
            guard recent.count < limit else {
                seen[key] = recent
                return false
            }
            seen[key] = recent + [now]
            return true
        }
    }
}
