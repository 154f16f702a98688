import Foundation
import Hummingbird
import ReglamentAccess

/// Who may reach what. A page of a shop answers 404 to anyone the shop is
/// not granted to, exactly as for a shop that does not exist: another
/// shop's data is not even said to be there. A shop granted, with a role
/// the page is not for, is 403.
extension WebServices {
    /// The person logged in; anyone else is sent to the login page.
    func user(_ context: WebContext) throws -> UserAccount {
        guard let user = context.user else { throw HTTPError(.seeOther, headers: [.location: "/login"]) }
        return user
    }

    /// The person and the shop of the route's `{shop}`, when the person may do this there.
    func scope(_ context: WebContext, roles: Set<Role>) throws -> (user: UserAccount, shop: ServedShop) {
        let user = try user(context)
        guard let id = context.parameters.get("shop"), let shop = workspace.shop(id), user.mayWork(in: shop.id) else {
            throw HTTPError(.notFound, message: text(context)[.errorNotFound])
        }
        guard roles.contains(user.role) else { throw HTTPError(.forbidden, message: text(context)[.errorNotForRole]) }
        return (user, shop)
    }

    /// As `scope`, for a page that needs the shop's regulation to be served.
    func liveScope(_ context: WebContext, roles: Set<Role>) throws -> (user: UserAccount, shop: ServedShop, version: ShopVersion) {
        let (user, shop) = try scope(context, roles: roles)
        guard let version = shop.live else {
            throw HTTPError(.serviceUnavailable, message: text(context)(.errorNotServed, ["shop": shop.name]))
        }
        return (user, shop, version)
    }

    /// The name an operator gives clients; a call is not started without one.
    func spokenName(of user: UserAccount, _ context: WebContext) throws -> String {
        guard let spoken = user.spokenName, !spoken.isEmpty else {
            throw HTTPError(.conflict, message: text(context)[.errorNoSpokenName])
        }
        return spoken
    }

    func requireRole(_ context: WebContext, _ roles: Set<Role>) throws -> UserAccount {
        let user = try user(context)
        guard roles.contains(user.role) else { throw HTTPError(.forbidden, message: text(context)[.errorNotForRole]) }
        return user
    }
}

/// The signed-in person as the layout shows them, with the token its
/// forms carry, and the interface languages to choose from (none chosen:
/// the regulation's), coming back to this page.
struct Navigation {
    struct Language {
        let code: String
        let name: String
        let selected: Bool
    }

    let name: String
    let role: String
    let csrf: String
    let isAdmin: Bool
    let languages: [Language]
    let asRegulation: Bool
    let back: String

    /// `back`: where the language form returns to; by default this page.
    init?(_ context: WebContext, _ text: InterfaceText, back: String? = nil) {
        guard let user = context.user, let session = context.session else { return nil }
        name = user.name.text
        role = text.said(user.role)
        csrf = session.csrfToken
        isAdmin = user.role == .admin
        languages = InterfaceLanguage.allCases.map { Language(code: $0.rawValue, name: $0.ownName, selected: $0 == user.language) }
        asRegulation = user.language == nil
        self.back = back ?? context.pagePath
    }
}

/// An HTML answer.
func page(_ html: String, status: HTTPResponse.Status = .ok, headers: HTTPFields = [:]) -> Response {
    var fields = headers
    fields[.contentType] = "text/html; charset=utf-8"
    return Response(status: status, headers: fields, body: .init(byteBuffer: ByteBuffer(string: html)))
}
