import Hummingbird
import Logging

/// Turns a route's refusal into a page a person can read (its status, its
/// sentence, a way back) and a redirect into a redirect. Anything else is
/// a 500 with no detail; the log line says which route.
struct ProblemPages: RouterMiddleware {
    let services: WebServices
    let logger: Logger

    struct ProblemView {
        let navigation: Navigation?
        let title: String
        let message: String
    }

    func handle(_ request: Request, context: WebContext, next: (Request, WebContext) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as HTTPError {
            if (300..<400).contains(error.status.code) {
                return Response(status: error.status, headers: error.headers)
            }
            return problem(error.status, error.body ?? reason(error.status, context), context)
        } catch let error as any HTTPResponseError {
            return problem(error.status, reason(error.status, context), context)
        } catch {
            // The error's text may hold a value of a call: its type only.
            logger.error("\(request.method) \(context.endpointPath ?? "(no route)") failed: \(type(of: error))")
            return problem(.internalServerError, services.text(context)[.errorServer], context)
        }
    }

    private func problem(_ status: HTTPResponse.Status, _ message: String, _ context: WebContext) -> Response {
        let text = services.text(context)
        // A refusal comes back home, and its page names nothing of the path asked for (another shop's call is a 404 like no shop's).
        let view = ProblemView(navigation: Navigation(context, text, back: "/"), title: "\(status.code)", message: message)
        return page(services.pages.render("problem", view, text), status: status)
    }

    /// A refusal that gave no sentence: the workspace's for the usual statuses, else HTTP's reason phrase.
    private func reason(_ status: HTTPResponse.Status, _ context: WebContext) -> String {
        let text = services.text(context)
        switch status.code {
        case 404: return text[.errorNotFound]
        case 400: return text[.errorBadRequest]
        default: return status.reasonPhrase
        }
    }
}
