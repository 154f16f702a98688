import Foundation
import Hummingbird
import ReglamentAccess

/// What every signed-in person changes of their own account: the
/// interface's language (the top bar's form), kept across logins.
struct AccountRoutes {
    let services: WebServices

    func add(to router: Router<WebContext>) {
        router.post("/account/language") { _, context in
            let user = try services.user(context)
            // "" is "as the regulation": no choice of one's own.
            let code = context.form["language", default: ""]
            let language = InterfaceLanguage(rawValue: code)
            guard language != nil || code.isEmpty else { throw HTTPError(.badRequest, message: services.text(context)[.errorLanguage]) }
            try await services.store.setLanguage(language, of: user.name)
            return Response.redirect(to: Self.localPath(context.form["back", default: ""]))
        }
    }

    /// `back` when it is a path of this server ("/shops/uyut/outcomes?from=…"), else the home page:
    /// never another site ("//evil.example", "https://…", "/\evil.example").
    static func localPath(_ back: String) -> String {
        let local = back.hasPrefix("/") && !back.hasPrefix("//") && !back.contains("\\")
            && !back.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F }
        return local ? back : "/"
    }
}
