import Foundation
import ReglamentTestSupport
import Testing

/// Mail as the owner meets it from the command line: a `.eml` with no
/// setting at all, a real SMTP server when one is configured, and the
/// `outbox` commands when the server is away.
@Suite(.serialized) struct MailCommandTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("reglament-mailcli-\(UUID().uuidString)")
    var database: String { folder.appendingPathComponent("calls.sqlite").path }

    /// A night message from Novosibirsk: the owner is asleep, the operator takes a message.
    static let nightMessage = ["", "2", "2", "1", "Анна Ёлкина", "+7 913 555-12-34, только SMS, не звонить", "Можно ли забрать заказ в субботу?", "2"]

    func takeMessage(mail: String?, directory: URL? = nil) throws -> ChildProcess.Output {
        try startMessage(mail: mail, directory: directory).finish(timeout: .seconds(120))
    }

    /// The night message's call as a running process.
    func startMessage(mail: String?, directory: URL? = nil) throws -> ChildProcess {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let answers = folder.appendingPathComponent("night.answers")
        try (Self.nightMessage.joined(separator: "\n") + "\n").write(to: answers, atomically: true, encoding: .utf8)
        var environment = ReglamentProcess.environment
        environment["REGLAMENT_MAIL"] = nil
        let arguments = ["run", ReglamentProcess.packageRoot.appendingPathComponent(RunCommandTests.regulation).path, "--db", database,
                         "--now", "2026-11-25T22:40:00+03:00", "--postal", "630099", "--answers", answers.path] + (mail.map { ["--mail", $0] } ?? [])
        return try ReglamentProcess.start(arguments, directory: directory ?? folder, environment: environment)
    }

    @Test func withNoSettingTheMessageIsAnEmlFile() throws {
        let result = try takeMessage(mail: nil)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("СООБЩЕНИЕ ПЕРЕДАНО") && result.stdout.contains("Почта владельцу: отправлено: 1"), "\(result.stdout.suffix(600))")
        let outbox = folder.appendingPathComponent("outbox")
        let files = try FileManager.default.contentsOfDirectory(atPath: outbox.path)
        #expect(files.count == 1 && files[0].hasSuffix(".eml"), "\(files)")
        let text = try String(contentsOf: outbox.appendingPathComponent(files[0]), encoding: .utf8)
        #expect(text.contains("Subject: =?UTF-8?B?") && text.contains("Message-ID: <UYUT-1125-"))
    }

    @Test func aConfiguredServerReceivesIt() throws {
        let server = try LoopbackSMTPServer()
        let result = try takeMessage(mail: "smtp://127.0.0.1:\(server.port)")
        #expect(result.status == 0 && result.stdout.contains("Почта владельцу: отправлено: 1"), "\(result.stdout.suffix(600))\(result.stderr)")
        let received = try server.received()
        #expect(received.count == 1 && received.first?.rcpt_tos == ["katya@uyut-lavka.ru"])
    }

    @Test func theOutboxWaitsForTheServerAndIsSentLater() throws {
        let port = try LoopbackSMTPServer.freePort()
        let taken = try takeMessage(mail: "smtp://127.0.0.1:\(port)")
        #expect(taken.status == 0 && taken.stdout.contains("сервер недоступен"), "the call ends normally; \(taken.stdout.suffix(400))")

        let list = try ReglamentProcess.run(["outbox", "list", "--db", database])
        #expect(list.stdout.contains("\tqueued\tmessage\tUYUT-1125-") && list.stdout.contains("katya@uyut-lavka.ru"), "\(list.stdout)")
        #expect(!list.stdout.contains("Ёлкина") && !list.stdout.contains("555"), "no personal data in the list")
        let server = try LoopbackSMTPServer(port: port)
        // The retry wait (30 s after the first attempt) is real time here: ask it to keep trying. The call was
        // taken at a fixed time days ago: without a longer limit the outbox would give up on it.
        let sent = try ReglamentProcess.run(["outbox", "send", "--db", database, "--mail", "smtp://127.0.0.1:\(port)", "--give-up-after", "30d", "--wait", "90"])
        #expect(sent.status == 0 && sent.stdout.contains("отправлено: 1"), "\(sent.stdout)\(sent.stderr)")
        #expect(try server.received().count == 1)
        #expect(try ReglamentProcess.run(["outbox", "list", "--db", database, "--state", "sent"]).stdout.contains("\tsent\t"))
        let shown = try ReglamentProcess.run(["outbox", "show", "--db", database, "1"])
        #expect(shown.stdout.hasPrefix("Date: ") && shown.stdout.contains("\r\nMessage-ID: <UYUT-1125-"))
    }

    @Test func aRefusedMailIsFailedAndCanBeRetried() throws {
        let server = try LoopbackSMTPServer(flags: ["--reject", "katya@uyut-lavka.ru"])
        let taken = try takeMessage(mail: "smtp://127.0.0.1:\(server.port)")
        #expect(taken.stdout.contains("не доставлено: 1"), "\(taken.stdout.suffix(400))")
        let list = try ReglamentProcess.run(["outbox", "list", "--db", database, "--state", "failed"])
        #expect(list.stdout.contains("\tfailed\t") && list.stdout.contains("550"), "the server's reply is shown: \(list.stdout)")
        let retry = try ReglamentProcess.run(["outbox", "retry", "--db", database, "1"])
        #expect(retry.status == 0 && retry.stdout.contains("queued"))
        #expect(try ReglamentProcess.run(["outbox", "retry", "--db", database, "1"]).status == 2, "only a failed mail")
        #expect(try ReglamentProcess.run(["outbox", "list", "--db", database, "--state", "queued"]).stdout.contains("\tqueued\t"))
        let again = try ReglamentProcess.run(["outbox", "send", "--db", database, "--mail", "smtp://127.0.0.1:\(server.port)", "--give-up-after", "30d"])
        #expect(again.status == 1 && again.stdout.contains("не доставлено: 1"), "\(again.stdout)")
    }

    /// The server takes the message and the connection drops before its
    /// reply: the call ends as usual, the mail goes again with the same
    /// Message-ID, and `outbox list` and the audit say it may have come twice.
    @Test func aLostReplyIsSentAgainAndShownAsPossiblyTwice() throws {
        let server = try LoopbackSMTPServer(flags: ["--drop-after-dot"])
        let url = "smtp://127.0.0.1:\(server.port)"
        let taken = try takeMessage(mail: url)
        #expect(taken.status == 0 && taken.stdout.contains("ответ сервера потерян после передачи: 1"), "\(taken.stdout.suffix(600))\(taken.stderr)")
        let waiting = try ReglamentProcess.run(["outbox", "list", "--db", database])
        #expect(waiting.stdout.contains("\tqueued\t") && waiting.stdout.contains("may have arrived already"), "\(waiting.stdout)")
        let sent = try ReglamentProcess.run(["outbox", "send", "--db", database, "--mail", url, "--give-up-after", "30d"])
        #expect(sent.status == 0 && sent.stdout.contains("отправлено: 1"), "\(sent.stdout)\(sent.stderr)")
        try expectTwoCopies(at: server)
        try expectShownAsPossiblyTwice()
        let regulation = ReglamentProcess.packageRoot.appendingPathComponent(RunCommandTests.regulation).path
        let json = try ReglamentProcess.run(["audit", regulation, "--db", database, "--format", "json"])
        #expect(json.status == 0 && json.stdout.contains("\"possibly_duplicated\" : 1") && json.stdout.contains("\"uncertain_hand_overs\" : 1"), "\(json.stdout.suffix(800))")
        let text = try ReglamentProcess.run(["audit", regulation, "--db", database])
        #expect(text.stdout.contains("возможно, пришли дважды") && text.stdout.contains("Message-ID): 1 (UYUT-1125-"), "\(text.stdout.suffix(600))")
        let html = try ReglamentProcess.run(["audit", regulation, "--db", database, "--format", "html"])
        #expect(html.stdout.contains("Возможно, пришли дважды<b>1</b>") && html.stdout.contains("возможно, пришло дважды"), "\(html.stdout.suffix(1500))")
    }

    /// The runner dies between the final dot and the server's reply (killed
    /// while the server holds its 250 back): the same rule as a dropped
    /// connection — the next worker sends the mail again and counts it.
    @Test func aRunnerKilledAfterTheHandOverLeavesTheMailToBeSentAgain() throws {
        let server = try LoopbackSMTPServer(flags: ["--hold-after-dot"])
        let url = "smtp://127.0.0.1:\(server.port)"
        let call = try startMessage(mail: url)
        let deadline = Date().addingTimeInterval(60)
        while try server.received().isEmpty, Date() < deadline { Thread.sleep(forTimeInterval: 0.1) }
        call.kill()
        _ = call.wait(timeout: .seconds(10))
        #expect(try server.received().count == 1, "the server has the mail; the runner never heard")
        #expect(try ReglamentProcess.run(["outbox", "list", "--db", database]).stdout.contains("\tsending\t"))
        // The call ran at a fixed time days ago, so its claim (10 minutes) has long expired.
        let sent = try ReglamentProcess.run(["outbox", "send", "--db", database, "--mail", url, "--give-up-after", "30d"])
        #expect(sent.status == 0 && sent.stdout.contains("отправлено: 1"), "\(sent.stdout)\(sent.stderr)")
        try expectTwoCopies(at: server)
        try expectShownAsPossiblyTwice()
    }

    func expectTwoCopies(at server: LoopbackSMTPServer) throws {
        let ids = try server.received().map(\.messageID)
        #expect(ids.count == 2 && ids[0]?.hasPrefix("<UYUT-1125-") == true && ids[0] == ids[1], "the same Message-ID both times: \(ids)")
    }

    func expectShownAsPossiblyTwice() throws {
        let list = try ReglamentProcess.run(["outbox", "list", "--db", database])
        #expect(list.stdout.contains("\tsent\t") && list.stdout.contains("attempts 2\tmay have been delivered twice"), "\(list.stdout)")
    }

    // Bad values of --give-up-after and --wait: CommandLineValueTests.
    @Test(arguments: [["run", "Regulations/uyut-lavka/regulation.yaml", "--mail", "ftp://x"]])
    func badMailSettingsAreUsageErrors(arguments: [String]) throws {
        let result = try ReglamentProcess.run(arguments + ["--db", database])
        #expect(result.status == 2 && result.stderr.hasPrefix("reglament: "), "\(result.stderr)")
    }
}
