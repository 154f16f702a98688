import BenchmarkSupport
import Foundation
import ReglamentCompile
import ReglamentMail
import ReglamentRun
import ReglamentStore
import ReglamentTestSupport

/// `reglament-mail-bench`: takes N night-message calls through the real
/// engine (each outcome writes its mail to the outbox in the same
/// transaction), then delivers the whole outbox in one pass to a real SMTP
/// server on loopback (aiosmtpd, as in the tests) and reports messages per
/// second; then, at idle, the time from the operator's last action (the
/// outcome and its mail committed) to the server's 250 for that mail.
///
///     swift run -c release reglament-mail-bench [--messages 1000] [--idle 20] [--mail URL]
///
/// Needs python3 with aiosmtpd (`bash scripts/bootstrap --tests`) unless --mail names another server.
@main
struct MailOutboxBenchmark {
    static func main() async throws {
        let arguments = CommandLine.arguments
        let count = Int(value(after: "--messages", in: arguments) ?? "1000") ?? 1000
        let idleRounds = Int(value(after: "--idle", in: arguments) ?? "20") ?? 20
        let regulation = "Regulations/uyut-lavka/regulation.yaml"
        let scenario = try Scenario.load("Regulations/uyut-lavka/scenarios/night-question-novosibirsk.yaml")
        guard let compiled = Compiler().compile(file: regulation).compiled else {
            print("\(regulation) does not compile")
            exit(1)
        }
        let now = scenario.now.date
        let server: LoopbackSMTPServer? = value(after: "--mail", in: arguments) == nil ? try LoopbackSMTPServer() : nil
        let url = value(after: "--mail", in: arguments) ?? "smtp://127.0.0.1:\(server?.port ?? 25)"

        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("reglament-mail-bench-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try SQLiteCallStore(path: folder.appendingPathComponent("calls.sqlite").path)
        let composer = OwnerMailComposer(compiled: compiled, templates: try MailTemplates(), from: MailAddress("calls@uyut.example", name: "Уютная лавка")!)
        let runner = CallRunner(store: store, compiled: compiled, validator: FieldValidator(), mailer: composer)
        let worker = OutboxWorker(store: store, transport: try MailURL.transport(url), clock: { now })

        /// Plays the scenario; returns the time the last action took (the outcome and its mail committed).
        func takeCall() async throws {
            var session = try await runner.begin(operatorName: "Бенчмарк", clientPostalIndex: scenario.postal?.digits, at: now)
            for typed in scenario.steps {
                guard case .action(let action) = OperatorInput(typed) else { continue }
                _ = try await runner.perform(action, on: &session, at: now)
            }
            guard session.outcome == .message else { throw BenchmarkError("the scenario ended in \(session.outcome?.rawValue ?? "nothing"), not a message") }
        }

        for _ in 0..<count { try await takeCall() }
        let queued = try await store.mails(in: .queued).count
        let clock = ContinuousClock()
        var report = DeliveryReport()
        let drain = try await clock.measure { report = try await worker.deliverDue() }
        let received = try server?.received().count
        print("outbox → \(url): \(report.sent) of \(queued) mails sent in \(String(format: "%.2f", seconds(drain))) s"
            + " = \(String(format: "%.0f", Double(report.sent) / seconds(drain))) messages/s"
            + (received.map { ", the server holds \($0)" } ?? ""))

        var latencies: [Duration] = []
        for _ in 0..<idleRounds {
            var session = try await runner.begin(operatorName: "Бенчмарк", clientPostalIndex: scenario.postal?.digits, at: now)
            let actions = scenario.steps.compactMap { typed -> OperatorAction? in
                if case .action(let action) = OperatorInput(typed) { return action }
                return nil
            }
            for action in actions.dropLast() { _ = try await runner.perform(action, on: &session, at: now) }
            let started = clock.now
            _ = try await runner.perform(actions[actions.count - 1], on: &session, at: now)
            let sent = try await worker.deliverDue().sent
            latencies.append(clock.now - started)
            guard sent == 1 else { throw BenchmarkError("an idle round sent \(sent) mails") }
        }
        latencies.sort()
        print("idle, outcome → accepted by the server: median \(milliseconds(latencies[latencies.count / 2], digits: 1)) ms,"
            + " max \(milliseconds(latencies.last ?? .zero, digits: 1)) ms over \(idleRounds) calls (new connection each time)")
        server?.stop()
    }

    struct BenchmarkError: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }
}
