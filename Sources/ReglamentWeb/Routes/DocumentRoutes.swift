import Foundation
import Hummingbird
import ReglamentAccess
import ReglamentHandbook

/// The shop's handbook, one key away from the call page: the same HTML
/// `reglament compile` writes, rendered from the live version.
struct DocumentRoutes {
    let services: WebServices

    func add(to router: Router<WebContext>) {
        router.get("/shops/:shop/handbook") { _, context in
            let (_, shop, version) = try services.liveScope(context, roles: [.operator, .owner, .auditor, .admin])
            let renderer = HandbookRenderer(
                overrides: version.regulation.templates?.mapValues(\.value) ?? [:], relativeTo: shop.folder)
            let html: String
            do { html = try renderer.render(version.compiled).html } catch {
                throw HTTPError(.internalServerError, message: services.text(context)(.errorHandbook, ["error": "\(error)"]))
            }
            return page(html, headers: [.contentSecurityPolicy: SecurityHeaders.documentPolicy])
        }
    }
}
