import ArgumentParser
import Foundation
import ReglamentCompile
import ReglamentMail
import ReglamentModel
import ReglamentRun

struct RunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Take a call: the operator is walked through the regulation step by step.",
        discussion: """
            Every step is stored in the call database before the next is shown; a call that was \\
            interrupted continues with --resume REF. Keys and the answers-file format: docs/runner.md.
            """
    )

    @Argument(help: "A regulation (.yaml, compiled first) or a compiled script (.script.json).")
    var file: String

    /// An SQLite file is created when missing.
    @OptionGroup var database: DatabaseOptions

    @Option(name: .customLong("operator"), help: "The operator's name, as the client hears it.")
    var operatorName = ProcessInfo.processInfo.environment["USER"].map { $0 == "root" ? "Оператор" : $0 } ?? "Оператор"

    @Option(help: "Continue the call with this reference where it stopped.")
    var resume: String?

    @Option(help: "Read the operator's input from this file instead of the keyboard.")
    var answers: String?

    @Option(help: "The script to run (default: the first inbound one).")
    var script: String?

    @Option(
        parsing: .unconditional, help: ArgumentHelp("The caller's postal index, when known before the call (sets their zone and time zone).", valueName: "INDEX"),
        transform: PostalIndex.argument)
    var postal: PostalIndex?

    @Option(
        parsing: .unconditional, help: ArgumentHelp("The clock, ISO 8601 with its offset (for demos and tests); default: now.", valueName: "TIME"),
        transform: Instant.argument)
    var now: Instant?

    @Option(help: "Call the client of this order to confirm it (an outbound call, when one is due).")
    var confirm: String?

    @Flag(help: "With --confirm: the client did not answer; record the attempt.")
    var noAnswer = false

    @OptionGroup(title: "Mail to the owner")
    var mail: MailOptions

    func run() async throws {
        let compiled = try CompiledInput.load(file)
        let clock: @Sendable () -> Date = if let now = now?.date { { now } } else { { Date() } }
        let store = try await database.open(creating: true)
        let transport = try mail.transport()
        let runner = CallRunner(store: store, compiled: compiled, validator: FieldValidator(), mailer: try mail.composer(for: compiled))
        // Mail left by this call or an earlier one goes out when the call ends; what cannot, waits in the outbox.
        let outbox = OutboxWorker(store: store, transport: transport, policy: mail.policy, clock: clock)

        var input = try answers.map { path in
            do { return try AnswersFile(path: path) } catch { throw CommandFailure.unreadable([path]) }
        }
        let search = FAQSearch(compiled.faq)
        let call = TerminalCall(
            runner: runner,
            printer: StepPrinter(colors: input == nil && isatty(STDOUT_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil),
            faq: { search.search($0) },
            readLine: {
                if input != nil { return input?.next() }
                return Swift.readLine()
            },
            write: { FileHandle.standardOutput.write(Data($0.utf8)) },
            clock: clock)
        if let confirm {
            let confirmation = ConfirmationCall(
                runner: runner, orderReference: confirm, operatorName: operatorName, noAnswer: noAnswer, now: clock())
            print(try await confirmation.run { try await call.run($0) })
            return
        }
        let session = if let resume {
            try await runner.resume(resume)
        } else {
            try await runner.begin(script: script, operatorName: operatorName, clientPostalIndex: postal?.digits, at: clock())
        }
        _ = try await call.run(session)
        if let line = DeliveryLine.describe(try await outbox.deliverDue()) { print(line) }
    }
}
