import Foundation
import Hummingbird
import Logging
import ServiceLifecycle

/// The workspace's HTTP server: the middleware in the order each needs the
/// one before (headers on everything, the session before the log line that
/// names its user, the form after both), then the routes.
public enum WebServer {
    public static func router(_ services: WebServices, logger: Logger) -> Router<WebContext> {
        let router = Router(context: WebContext.self)
        router.add(middleware: SecurityHeaders())
        router.add(middleware: SessionMiddleware(services: services))
        router.add(middleware: RequestLog(logger: logger))
        router.add(middleware: ProblemPages(pages: services.pages, logger: logger))
        router.add(middleware: FormMiddleware(services: services))
        LoginRoutes(services: services).add(to: router)
        HomeRoutes(services: services).add(to: router)
        CallRoutes(services: services).add(to: router)
        OwnerRoutes(services: services).add(to: router)
        DocumentRoutes(services: services).add(to: router)
        AdminRoutes(services: services).add(to: router)
        AuditRoutes(services: services).add(to: router)
        PublishRoutes(services: services).add(to: router)
        ConfirmationRoutes(services: services).add(to: router)
        ScreenPopRoutes(services: services, limiter: RequestLimiter(perMinute: services.settings.screenPopsPerMinute)).add(to: router)
        return router
    }

    /// The application on `host:port`, with `services` (the outbox worker,
    /// the regulations watcher) run beside it and stopped with it: on
    /// SIGTERM or SIGINT it stops taking connections, lets running requests
    /// finish, then the services end.
    public static func application(
        _ services: WebServices, host: String, port: Int, logger: Logger, beside: [any Service] = [],
        onRunning: @escaping @Sendable (Int) async -> Void = { _ in }
    ) -> some ApplicationProtocol {
        Application(
            router: router(services, logger: logger),
            configuration: .init(address: .hostname(host, port: port), serverName: "reglament"),
            services: beside,
            onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? port) },
            logger: logger)
    }
}

/// Compiles changed regulation folders every `interval` while the server runs.
public struct RegulationWatcher: Service {
    let workspace: Workspace
    let interval: Duration
    let logger: Logger

    public init(workspace: Workspace, interval: Duration = .seconds(2), logger: Logger) {
        self.workspace = workspace
        self.interval = interval
        self.logger = logger
    }

    public func run() async throws {
        while !Task.isCancelled, !Task.isShuttingDownGracefully {
            try? await Task.sleep(for: interval)
            for shop in workspace.refresh() {
                let served = workspace.shop(shop)
                logger.info("regulation of \(shop) compiled again: \(served?.problems == nil ? "serving version \(served?.live?.id.prefix(12) ?? "-")" : "it has errors; the previous version stays")")
            }
        }
    }
}
