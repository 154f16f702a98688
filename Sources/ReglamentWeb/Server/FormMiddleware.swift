import Foundation
import Hummingbird
import ReglamentAccess

/// Reads a POST's form once (URL-encoded, or multipart with files) and checks its CSRF token before any route
/// sees it (ASVS 5.0 §3.5): the session's token, or for the login form the
/// token of its own cookie. Nothing changes on GET, so nothing else needs one.
struct FormMiddleware: RouterMiddleware {
    let services: WebServices

    func handle(_ request: Request, context: WebContext, next: (Request, WebContext) async throws -> Response) async throws -> Response {
        guard request.method == .post, !request.uri.path.hasPrefix("/api/") else { return try await next(request, context) }
        var request = request
        var context = context
        let body = try await request.collectBody(upTo: context.maxUploadSize)
        if let boundary = UploadedForm.boundary(of: request.headers[.contentType]) {
            let uploaded = try UploadedForm.parse(body, boundary: boundary)
            context.form = uploaded.fields
            context.files = uploaded.files
        } else {
            context.form = FormFields.parse(String(buffer: body))
        }
        let expected: String? = if request.uri.path == "/login" {
            request.cookies[services.settings.loginCookie]?.value
        } else {
            context.session?.csrfToken
        }
        guard let expected, let given = context.form["csrf"], SessionToken.same(expected, given) else {
            // No session: the form is from before a timeout or a logout; the login page says so.
            if context.session == nil, request.uri.path != "/login" { return Response.redirect(to: "/login?expired=1") }
            throw HTTPError(.forbidden, message: "Форма устарела: обновите страницу и повторите.")
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
