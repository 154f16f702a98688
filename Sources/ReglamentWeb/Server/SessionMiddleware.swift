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
