import Foundation
import Hummingbird
import ReglamentAccess

/// Finds the person behind the session cookie: a live session (within its
/// idle and absolute timeouts) of an account that still exists. Anything
/// else is no one; a dead session is deleted on the way.
struct SessionMiddleware: RouterMiddleware {
    let services: WebServices

    func handle(_ request: Request, context: WebContext, next: (Request, WebContext) async throws -> Response) async throws -> Response {
        var context = context
        context.acceptLanguage = request.headers[.acceptLanguage]
        if request.method == .get { context.pagePath = request.uri.description }
        if let id = request.cookies[services.settings.sessionCookie]?.value, !id.isEmpty {
            let hash = SessionToken.hash(id)
            let now = services.clock()
            if let found = try await services.store.signedIn(idHash: hash) {
                let session = found.session
                if services.settings.sessions.isLive(session, at: now), let user = found.user {
                    if services.settings.sessions.needsTouch(session, at: now) { try await services.store.touchSession(idHash: hash, at: now) }
                    context.session = session
                    context.user = user
                } else {
                    try await services.store.deleteSession(idHash: hash)
                }
            }
        }
        return try await next(request, context)
    }
}

/// Reads a POST's form once and checks its CSRF token before any route
/// sees it (ASVS 5.0 §3.5): the session's token, or for the login form the
/// token of its own cookie. Nothing changes on GET, so nothing else needs one.
struct FormMiddleware: RouterMiddleware {
    let services: WebServices

    func handle(_ request: Request, context: WebContext, next: (Request, WebContext) async throws -> Response) async throws -> Response {
        guard request.method == .post, !request.uri.path.hasPrefix("/api/") else { return try await next(request, context) }
        var request = request
        var context = context
        let body = try await request.collectBody(upTo: context.maxUploadSize)
        context.form = FormFields.parse(String(buffer: body))
        let expected: String? = if request.uri.path == "/login" {
            request.cookies[services.settings.loginCookie]?.value
        } else {
            context.session?.csrfToken
        }
        guard let expected, let given = context.form["csrf"], SessionToken.same(expected, given) else {
            // No session: the form is from before a timeout or a logout; the login page says so.
            if context.session == nil, request.uri.path != "/login" { return Response.redirect(to: "/login?expired=1") }
            throw HTTPError(.forbidden, message: services.text(context)[.errorFormExpired])
        }
        return try await next(request, context)
    }
}

/// `application/x-www-form-urlencoded`, as browsers send it.
enum FormFields {
    static func parse(_ text: String) -> [String: String] {
        var fields: [String: String] = [:]
        for pair in text.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = decode(parts[0])
            // The first value of a repeated name counts.
            if fields[name] == nil { fields[name] = parts.count > 1 ? decode(parts[1]) : "" }
        }
        return fields
    }

    private static func decode(_ part: Substring) -> String {
        part.replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? ""
    }
}
