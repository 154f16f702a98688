import Foundation
import Hummingbird
import Logging

/// One line per request: method, route pattern, status, duration and the
/// user's login. Never the path's values, a query or a form field: those
/// carry clients' names, phones and words.
struct RequestLog: RouterMiddleware {
    let logger: Logger

    func handle(_ request: Request, context: WebContext, next: (Request, WebContext) async throws -> Response) async throws -> Response {
        let start = ContinuousClock.now
        let status: HTTPResponse.Status
        do {
            let response = try await next(request, context)
            status = response.status
            log(request, context, status, since: start)
            return response
        } catch let error as any HTTPResponseError {
            status = error.status
            log(request, context, status, since: start)
            throw error
        } catch {
            log(request, context, .internalServerError, since: start)
            throw error
        }
    }

    private func log(_ request: Request, _ context: WebContext, _ status: HTTPResponse.Status, since start: ContinuousClock.Instant) {
        let elapsed = ContinuousClock.now - start
        let milliseconds = Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1000
        let route = context.endpointPath ?? "(no route)"
        let user = context.user?.name.text ?? "-"
        logger.info("\(request.method) \(route) \(status.code) \(String(format: "%.1f", milliseconds)) ms user=\(user)")
    }
}
