import Foundation
import Logging
import ReglamentMail
import ServiceLifecycle

/// The outbox worker of `serve`: the same passes as `outbox send`, every
/// few seconds while the server runs, and one last pass when it stops.
struct OutboxService: Service {
    let worker: OutboxWorker
    let logger: Logger
    var pause: Duration = .seconds(5)

    func run() async throws {
        while !Task.isCancelled, !Task.isShuttingDownGracefully {
            await deliver()
            try? await Task.sleep(for: pause)
        }
        await deliver()
    }

    private func deliver() async {
        do {
            let report = try await worker.deliverDue()
            if let line = DeliveryLine.describe(report) { logger.info("\(line)") }
        } catch {
            // The store's and transport's errors name files and servers, never a mail's content.
            logger.error("outbox: \(error)")
        }
    }
}
