import Foundation
import ReglamentModel
import Hummingbird
import ReglamentAccess
import ReglamentRun

/// The owner's view of their shop: orders and messages with their mail,
/// filtered by date, outcome and operator; the "dealt with" mark on a
/// message; the same list as CSV (for Excel and 1C in a Russian locale) and JSON.
struct OwnerRoutes {
    let services: WebServices
    static let readers: Set<Role> = [.owner, .admin]

    struct OutcomesView {
        let navigation: Navigation?
        let title: String
        let shopID: String
        let shopName: String
        let csrf: String
        let rows: [OutcomeRow]
        let from: String
        let to: String
        let outcome: String
        let operatorName: String
        let query: String
        let mayMark: Bool
        let problems: String?
        /// The live version and what `check` says of it (warnings and notes; errors are `problems`).
        let version: String?
        let checkReport: String?
    }

    func add(to router: Router<WebContext>) {
        router.get("/shops/:shop/outcomes") { request, context in
            let (user, shop, rows, filter) = try await list(request, context)
            let view = OutcomesView(
                navigation: Navigation(context), title: "Заказы и сообщения · \(shop.name)", shopID: shop.id, shopName: shop.name,
                csrf: context.session?.csrfToken ?? "", rows: rows, from: filter.from ?? "", to: filter.to ?? "",
                outcome: filter.outcome?.rawValue ?? "", operatorName: filter.operatorName ?? "", query: filter.query,
                mayMark: user.role == .owner, problems: shop.problems, version: shop.live.map { String($0.id.prefix(12)) },
                checkReport: shop.live.flatMap { $0.diagnostics.isEmpty ? nil : Workspace.report($0.diagnostics, folder: shop.folder) })
            return page(services.pages.render("outcomes", view))
        }
        router.get("/shops/:shop/outcomes.csv") { request, context in
            let (_, shop, rows, _) = try await list(request, context)
            let csv = OutcomeExport.csv(rows, fields: shop.live?.compiled.fields.map(\.label) ?? [])
            return Response(
                status: .ok,
                headers: [.contentType: "text/csv; charset=utf-8", .contentDisposition: "attachment; filename=\"\(shop.id)-outcomes.csv\""],
                body: .init(byteBuffer: ByteBuffer(bytes: csv)))
        }
        router.get("/shops/:shop/outcomes.json") { request, context in
            let (_, shop, rows, _) = try await list(request, context)
            return Response(
                status: .ok,
                headers: [.contentType: "application/json; charset=utf-8", .contentDisposition: "attachment; filename=\"\(shop.id)-outcomes.json\""],
                body: .init(byteBuffer: ByteBuffer(bytes: try OutcomeExport.json(rows))))
        }
        router.post("/shops/:shop/messages/:call/dealt") { _, context in
            let (user, shop) = try services.scope(context, roles: [.owner])
            guard let reference = context.parameters.get("call") else { throw HTTPError(.notFound) }
            let note = context.form["note", default: ""].trimmingCharacters(in: .whitespacesAndNewlines)
            let mark = FollowUp(by: user.name.text, note: String(note.prefix(2000)), at: services.clock())
            guard try await services.store.markDealtWith(message: reference, shop: shop.id, mark: mark) else {
                throw HTTPError(.notFound, message: "Такого сообщения нет.")
            }
            // Back to the list as it was filtered, at the message; only a query of this page is followed.
            let back = context.form["back", default: ""]
            let query = back.hasPrefix("?") && !back.contains("/") && !back.contains("\\") ? back : ""
            return Response.redirect(to: "/shops/\(shop.id)/outcomes\(query)#call-\(reference)")
        }
    }

    private func list(_ request: Request, _ context: WebContext) async throws -> (UserAccount, ServedShop, [OutcomeRow], OutcomeFilter) {
        let (user, shop) = try services.scope(context, roles: Self.readers)
        let filter = OutcomeFilter(request.uri.queryParameters, timeZone: shop.live.flatMap { TimeZone(identifier: $0.compiled.shop.timezone) } ?? .gmt)
        let listings = try await services.store.outcomes(shop: shop.id, in: filter.period)
        let rows = listings.filter(filter.matches).compactMap { listing -> OutcomeRow? in
            // Each call is shown by the version it ran on; one this server never compiled, by the live one.
            guard let version = services.workspace.version(listing.call.version) ?? shop.live else { return nil }
            return OutcomeRow(listing, compiled: version.compiled, composer: version.runner.mailer, now: services.clock())
        }
        return (user, shop, rows, filter)
    }
}

/// The list's filters, from the query: `from` and `to` (days in the shop's zone), `outcome`, `operator`.
struct OutcomeFilter {
    var from: String?
    var to: String?
    var outcome: Outcome?
    var operatorName: String?
    var period: DateInterval?

    init(_ query: Parameters, timeZone: TimeZone) {
        from = query["from"].map(String.init).flatMap { $0.isEmpty ? nil : $0 }
        to = query["to"].map(String.init).flatMap { $0.isEmpty ? nil : $0 }
        outcome = query["outcome"].flatMap { Outcome(rawValue: String($0)) }
        operatorName = query["operator"].map(String.init).flatMap { $0.isEmpty ? nil : $0 }
        let start = from.flatMap { Self.day($0, in: timeZone) }
        let end = to.flatMap { Self.day($0, in: timeZone) }.map { $0.addingTimeInterval(24 * 3600) }
        if start != nil || end != nil {
            let lower = start ?? .distantPast, upper = max(end ?? .distantFuture, lower)
            period = DateInterval(start: lower, end: upper)
        }
    }

    func matches(_ listing: OutcomeListing) -> Bool {
        (outcome == nil || listing.call.outcome == outcome) && (operatorName == nil || listing.call.operatorName == operatorName)
    }

    /// The same filters for the export links.
    var query: String {
        var parts: [String] = []
        for (name, value) in [("from", from), ("to", to), ("outcome", outcome?.rawValue), ("operator", operatorName)] {
            if let value, let encoded = value.addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed.subtracting(["&", "=", "+"])) {
                parts.append("\(name)=\(encoded)")
            }
        }
        return parts.isEmpty ? "" : "?" + parts.joined(separator: "&")
    }

    private static func day(_ text: String, in zone: TimeZone) -> Date? {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = zone
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter.date(from: text)
    }
}
