import Foundation
import Hummingbird
import ReglamentAccess
import ReglamentAudit
import ReglamentRun

/// The auditor's report of a granted shop: `reglament audit`'s HTML for
/// the period picked, with the callbacks promised in it and whether they
/// were kept, by the owner's "dealt with" marks.
struct AuditRoutes {
    let services: WebServices
    static let readers: Set<Role> = [.auditor, .owner, .admin]

    func add(to router: Router<WebContext>) {
        router.get("/shops/:shop/audit") { request, context in
            let (_, shop, version) = try services.liveScope(context, roles: Self.readers)
            let zone = TimeZone(identifier: version.compiled.shop.timezone) ?? .gmt
            let filter = OutcomeFilter(request.uri.queryParameters, timeZone: zone)
            let auditor = Auditor(
                compiled: version.compiled, checklist: CoverageChecklist(regulation: version.regulation, diagnostics: version.diagnostics),
                reader: services.store)
            let report = try await auditor.report(
                source: "\(shop.folder.lastPathComponent)/regulation.yaml", since: filter.period?.start, until: filter.period?.end)
            let promises = try await promiseFigures(shop.id, period: filter.period)
            let panel = AuditView.Panel(
                action: "/shops/\(shop.id)/audit", from: filter.from ?? "", to: filter.to ?? "", promises: promises.figures, unkept: promises.unkept)
            let html: String
            do { html = try AuditHTMLRenderer().render(report, compiled: version.compiled, panel: panel) } catch {
                throw HTTPError(.internalServerError, message: services.text(context)(.errorReport, ["error": "\(error)"]))
            }
            return page(html, headers: [.contentSecurityPolicy: SecurityHeaders.documentPolicy])
        }
    }

    /// How many callbacks promised in the period were kept, kept late, are still due, or were broken.
    private func promiseFigures(_ shop: String, period: DateInterval?) async throws -> (figures: [AuditView.Figure], unkept: [String]) {
        let now = services.clock()
        var counts: [PromiseKeeping: Int] = [:]
        var unkept: [String] = []
        for listing in try await services.store.outcomes(shop: shop, in: period) {
            guard let message = listing.message, let judged = PromiseKeeping.judge(message, followUp: listing.followUp, now: now) else { continue }
            counts[judged, default: 0] += 1
            if judged == .late || judged == .broken { unkept.append(listing.call.reference) }
        }
        let figures = PromiseKeeping.allCases.map { AuditView.Figure(label: $0.said, value: String(counts[$0] ?? 0)) }
        return (figures, unkept.sorted())
    }
}
