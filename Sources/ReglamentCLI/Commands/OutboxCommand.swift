import ArgumentParser
import Foundation
import ReglamentMail
import ReglamentRun

/// `reglament outbox list|send|retry|show`: the owner's mail queue.
struct OutboxCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "outbox",
        abstract: "The mail queue: see it, deliver it, retry a failed mail.",
        subcommands: [List.self, Send.self, Retry.self, Show.self]
    )

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Every mail with its state, attempts and the server's last reply.")
        @OptionGroup var database: DatabaseOptions
        @Option(help: "Only mails in this state: queued, sending, sent or failed.")
        var state: DeliveryState?

        func run() async throws {
            let mails = try await database.open().mails(in: state)
            if mails.isEmpty { print("The outbox is empty."); return }
            for mail in mails {
                let reply = mail.lastReply.map { "  \($0.prefix(160))" } ?? ""
                let doubt = Self.doubt(mail).map { "\t\($0)" } ?? ""
                print("\(mail.id ?? 0)\t\(mail.state.rawValue)\t\(mail.kind.rawValue)\t\(mail.reference)\t\(mail.recipients.joined(separator: ","))\tattempts \(mail.attempts)\(doubt)\(reply)")
            }
        }

        /// What the lost replies mean for this mail now, when there were any.
        static func doubt(_ mail: OutboxMail) -> String? {
            let lost = mail.uncertainHandOvers
            guard lost > 0 else { return nil }
            return switch mail.state {
            case .sent: lost == 1 ? "may have been delivered twice" : "may have been delivered up to \(lost + 1) times"
            case .queued, .sending: "may have arrived already (\(lost) lost \(lost == 1 ? "reply" : "replies")); sent again with the same Message-ID"
            case .failed: "may have arrived (\(lost) lost \(lost == 1 ? "reply" : "replies"))"
            }
        }
    }

    struct Send: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Deliver the mails that are due (exit 1 when some are left undelivered).")
        @OptionGroup var database: DatabaseOptions
        @OptionGroup var mail: MailOptions
        @Option(
            parsing: .unconditional,
            help: ArgumentHelp("Keep trying for this long while mails are waiting: seconds, or 90s, 30m, 2h.", valueName: "TIME"),
            transform: TimeAmount.orNone)
        var wait = TimeAmount.zero

        func run() async throws {
            let worker = OutboxWorker(store: try await database.open(), transport: try mail.transport(), policy: mail.policy)
            let report = try await wait != .zero ? worker.deliverUntilIdle(patience: wait.duration) : worker.deliverDue()
            print(DeliveryLine.describe(report) ?? "Nothing is due.")
            if report.retried > 0 || report.failed > 0 || report.unreachable != nil { throw CommandFailure.problemsFound }
        }
    }

    struct Retry: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Queue a failed mail again, to be sent now.")
        @OptionGroup var database: DatabaseOptions
        @Argument(help: "The mail's number (from `outbox list`).")
        var id: Int64

        func run() async throws {
            let store = try await database.open()
            guard try await store.requeue(id, at: Date()) else {
                throw CommandFailure.mailNotRetriable(id: id, state: try await store.mail(id)?.state.rawValue)
            }
            print("Mail \(id) is queued; `reglament outbox send` delivers it.")
        }
    }

    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print a mail as it is sent (RFC 5322).")
        @OptionGroup var database: DatabaseOptions
        @Argument(help: "The mail's number (from `outbox list`).")
        var id: Int64

        func run() async throws {
            guard let mail = try await database.open().mail(id) else { throw CommandFailure.mailNotInOutbox(id: id) }
            FileHandle.standardOutput.write(mail.raw)
        }
    }
}
