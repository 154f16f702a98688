import Foundation
import Hummingbird
import ReglamentAccess

/// Logging in and out. A wrong password and an unknown name get the same
/// answer after the same bcrypt work; tries are limited per account and
/// per address; a login always starts a new session (a session id known
/// before it is worth nothing after).
struct LoginRoutes {
    let services: WebServices

    struct LoginView {
        let csrf: String
        let name: String
        let problem: String?
        let navigation: Navigation? = nil
        let title: String
    }

    func add(to router: Router<WebContext>) {
        router.get("/login") { request, context in
            if context.user != nil { return Response.redirect(to: "/") }
            let expired = request.uri.queryParameters["expired"] != nil
            return loginPage(problem: expired ? services.text(context)[.loginExpired] : nil, name: "", status: .ok, context)
        }
        router.post("/login") { _, context in
            let name = context.form["name", default: ""].trimmingCharacters(in: .whitespaces).lowercased()
            let password = context.form["password", default: ""]
            let now = services.clock()
            guard services.throttle.allows(account: name, address: context.clientAddress, at: now) else {
                return loginPage(problem: services.text(context)[.loginTooMany], name: name, status: .tooManyRequests, context)
            }
            let userName = try? UserName(parsing: name)
            let stored = try await userName.asyncMap { try await services.store.passwordHash(of: $0) } ?? nil
            guard try await services.verify(password, against: stored), let userName, let user = try await services.store.user(userName) else {
                services.throttle.recordFailure(account: name, address: context.clientAddress, at: now)
                return loginPage(problem: services.text(context)[.loginWrong], name: name, status: .unauthorized, context)
            }
            services.throttle.recordSuccess(account: name)
            if let old = context.session { try await services.store.deleteSession(idHash: old.idHash) }
            let id = SessionToken.make()
            try await services.store.createSession(
                WebSession(idHash: SessionToken.hash(id), user: user.name, csrfToken: SessionToken.make(), createdAt: now, lastSeenAt: now))
            var response = Response.redirect(to: "/")
            response.setCookie(sessionCookie(id))
            response.setCookie(cookie(services.settings.loginCookie, "", maxAge: 0))
            return response
        }
        router.post("/logout") { _, context in
            if let session = context.session { try await services.store.deleteSession(idHash: session.idHash) }
            var response = Response.redirect(to: "/login")
            response.setCookie(cookie(services.settings.sessionCookie, "", maxAge: 0))
            return response
        }
    }

    private func loginPage(problem: String?, name: String, status: HTTPResponse.Status, _ context: WebContext) -> Response {
        let token = SessionToken.make()
        let text = services.text(context)
        let view = LoginView(csrf: token, name: name, problem: problem, title: text[.loginTitle])
        var response = page(services.pages.render("login", view, text), status: status)
        response.setCookie(cookie(services.settings.loginCookie, token, maxAge: 3600))
        return response
    }

    private func sessionCookie(_ id: String) -> Cookie {
        cookie(services.settings.sessionCookie, id, maxAge: nil)
    }

    private func cookie(_ name: String, _ value: String, maxAge: Int?) -> Cookie {
        Cookie(name: name, value: value, maxAge: maxAge, path: "/", secure: services.settings.secureCookies, httpOnly: true, sameSite: .lax)
    }
}

extension Optional {
    func asyncMap<T>(_ transform: (Wrapped) async throws -> T) async rethrows -> T? {
        guard let value = self else { return nil }
        return try await transform(value)
    }
}
