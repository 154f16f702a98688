import Foundation
import Hummingbird
import ReglamentAccess

/// The owner puts a new version of their regulation live from the page:
/// the files are uploaded as a draft, checked and compared with the live
/// version (`reglament diff`), and published only without errors. Every
/// version served stays in the archive, so calls on the old one go on.
struct PublishRoutes {
    let services: WebServices
    static let publishers: Set<Role> = [.owner, .admin]

    struct RegulationView {
        struct Kept {
            let id: String
            let keptAt: String
            let live: Bool
        }

        let navigation: Navigation?
        let title: String
        let shopID: String
        let csrf: String
        let version: String?
        let loadedAt: String?
        let checkReport: String?
        let problems: String?
        let kept: [Kept]
        let notice: String?
        let refusal: String?
    }

    struct DraftView {
        let navigation: Navigation?
        let title: String
        let shopID: String
        let csrf: String
        let id: String
        let files: [String]
        let report: String?
        let blocked: String?
        let diff: String?
        let version: String?
        let live: String?
    }

    func add(to router: Router<WebContext>) {
        router.get("/shops/:shop/regulation") { request, context in
            let (_, shop) = try services.scope(context, roles: Self.publishers)
            let published = request.uri.queryParameters["published"].map { "Опубликована версия \($0). Новые звонки идут по ней; начатые — по своей." }
            return try render(shop, context, notice: published)
        }
        router.post("/shops/:shop/drafts") { _, context in
            let (_, shop) = try services.scope(context, roles: Self.publishers)
            let upload: RegulationUpload
            do throws(UploadProblem) { upload = try RegulationUpload(context.files) } catch {
                return try render(shop, context, refusal: Self.said(error), status: .unprocessableContent)
            }
            let id = try services.workspace.saveDraft(upload, shop: shop)
            return Response.redirect(to: "/shops/\(shop.id)/drafts/\(id)")
        }
        router.get("/shops/:shop/drafts/:draft") { _, context in
            let (_, shop) = try services.scope(context, roles: Self.publishers)
            return try review(shop, context)
        }
        router.post("/shops/:shop/drafts/:draft/publish") { _, context in
            let (_, shop) = try services.scope(context, roles: Self.publishers)
            let live: ShopVersion
            do throws(PublishProblem) {
                live = try services.workspace.publish(draft: context.parameters.get("draft") ?? "", of: shop, at: services.clock())
            } catch .noSuchDraft {
                throw HTTPError(.notFound, message: "Такого черновика нет.")
            } catch .blocked {
                return try review(shop, context, status: .unprocessableContent)
            } catch .notLive {
                throw HTTPError(
                    .conflict,
                    message: "Файлы записаны, но папка магазина не дала эту версию: её, видимо, изменили одновременно. Откройте страницу регламента и проверьте, какая версия работает.")
            }
            return Response.redirect(to: "/shops/\(shop.id)/regulation?published=\(live.id.prefix(12))")
        }
    }

    private func render(_ shop: ServedShop, _ context: WebContext, notice: String? = nil, refusal: String? = nil, status: HTTPResponse.Status = .ok) throws -> Response {
        let zone = shop.live.flatMap { TimeZone(identifier: $0.compiled.shop.timezone) } ?? .gmt
        let kept = services.workspace.archive.versions(shop: shop.id).map {
            RegulationView.Kept(id: String($0.id.prefix(12)), keptAt: WebTime.moment($0.keptAt, in: zone), live: $0.id == shop.live?.id)
        }
        let view = RegulationView(
            navigation: Navigation(context), title: "Регламент · \(shop.name)", shopID: shop.id, csrf: context.session?.csrfToken ?? "",
            version: shop.live.map { String($0.id.prefix(12)) }, loadedAt: shop.live.map { WebTime.moment($0.loadedAt, in: zone) },
            checkReport: shop.live.flatMap { $0.diagnostics.isEmpty ? nil : Workspace.report($0.diagnostics, folder: shop.folder) },
            problems: shop.problems, kept: kept, notice: notice, refusal: refusal)
        return page(services.pages.render("regulation", view), status: status)
    }

    private func review(_ shop: ServedShop, _ context: WebContext, status: HTTPResponse.Status = .ok) throws -> Response {
        guard let id = context.parameters.get("draft"), let review = services.workspace.review(draft: id, of: shop) else {
            throw HTTPError(.notFound, message: "Такого черновика нет.")
        }
        let blocked: String? = switch review.blocker {
        case .errors: "В регламенте есть ошибки: исправьте их и загрузите файлы снова. Работает прежняя версия."
        case .otherShop(let other): "Это регламент другого магазина (shop.id: \(other)), а не «\(shop.id)»."
        case nil: nil
        }
        let view = DraftView(
            navigation: Navigation(context), title: "Новая версия · \(shop.name)", shopID: shop.id, csrf: context.session?.csrfToken ?? "",
            id: review.id, files: review.files, report: review.report, blocked: blocked, diff: review.diff,
            version: review.version.map { String($0.prefix(12)) }, live: shop.live.map { String($0.id.prefix(12)) })
        return page(services.pages.render("draft", view), status: status)
    }

    static func said(_ problem: UploadProblem) -> String {
        switch problem {
        case .noFiles: "Выберите файлы регламента: regulation.yaml и те, что он подключает."
        case .tooManyFiles(let count): "Файлов \(count), а принимается не больше \(RegulationUpload.fileLimit)."
        case .badName(let name): "«\(name)»: имя файла без папок и не с точки."
        case .badKind(let name): "«\(name)»: принимаются только файлы .yaml, .yml, .txt и .html."
        case .twice(let name): "Файл «\(name)» выбран дважды."
        case .noMainFile: "Среди файлов нет regulation.yaml."
        }
    }
}
