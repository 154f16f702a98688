import Foundation
import ReglamentTestSupport
import Testing

/// `reglament run` as operators use it: from an answers file, killed with
/// SIGKILL mid-call and resumed, and at a real terminal under tmux.
@Suite(.serialized) struct RunCommandTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("reglament-run-\(UUID().uuidString)")
    var database: String { folder.appendingPathComponent("calls.sqlite").path }
    static let regulation = "Regulations/uyut-lavka/regulation.yaml"
    /// Wednesday noon in Moscow: the owner is at work.
    static let noon = "2026-11-25T12:00:00+03:00"

    /// The rest of an order after the phone number, as an operator types it.
    static let orderAfterPhone = ["2", "", "630099", "ул. Ленина, д. 5, кв. 12", "Свеча x2 по 650, кружка x1 по 1200", "", "", "2", "1", "1", "1", "1", "1"]

    func answers(_ lines: [String]) throws -> String {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("\(UUID().uuidString).answers")
        try (lines.joined(separator: "\n") + "\n").write(to: file, atomically: true, encoding: .utf8)
        return file.path
    }

    @Test func answersFileTakesAWholeOrder() throws {
        let file = try answers(["", "1", "1", "Иван Петров", "8 913 555-12-34"] + Self.orderAfterPhone)
        let result = try ReglamentProcess.run(["run", Self.regulation, "--db", database, "--operator", "Ольга", "--now", Self.noon, "--answers", file])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("ЗАКАЗ ПРИНЯТ. Номер для клиента: UYUT-1125-001"), "\(result.stdout.suffix(800))")
        #expect(result.stdout.contains("Телефон: +79135551234") || result.stdout.contains("+79135551234"))
    }

    @Test func killedRunnerLosesNothing() throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let runner = try ReglamentProcess.start(["run", Self.regulation, "--db", database, "--operator", "Ольга", "--now", Self.noon], standardInput: true)
        let screen = runner.stdout
        for line in ["", "1", "1", "Иван Петров", "8 913 555-12-34"] {
            runner.input?.write(Data((line + "\n").utf8))
        }
        // The phone is stored once the next step (the contact channel) is on screen.
        #expect(screen.wait(for: "contacts/contact_channel"), "\(screen.text.suffix(500))")
        runner.kill(SIGKILL)
        #expect(runner.wait(timeout: .seconds(10)) == 128 + SIGKILL, "killed by the signal")

        let reference = try #require(screen.text.firstMatch(of: /Звонок (UYUT-\d{4}-\d{3})/)?.1)
        let file = try answers(Self.orderAfterPhone)
        let resumed = try ReglamentProcess.run(["run", Self.regulation, "--db", database, "--now", Self.noon, "--resume", String(reference), "--answers", file])
        #expect(resumed.status == 0, "\(resumed.stderr)")
        #expect(resumed.stdout.contains("ЗАКАЗ ПРИНЯТ. Номер для клиента: \(reference)"), "\(resumed.stdout.suffix(800))")
        #expect(resumed.stdout.contains("Иван Петров") && resumed.stdout.contains("+79135551234"), "fields captured before the kill are kept")
    }

    @Test func interactiveSessionUnderTmux() throws {
        guard Tmux.available else {
            Issue.record("tmux is missing: run the test set-up (bash scripts/test)")
            return
        }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let session = "reglament-\(UUID().uuidString.prefix(8))"
        let command = "cd '\(ReglamentProcess.packageRoot.path)' && NO_COLOR=1 '\(ReglamentProcess.executable.path)' run \(Self.regulation) --db '\(database)' --operator Ольга --now \(Self.noon); sleep 30"
        try Tmux.start(session: session, command: command)
        defer { _ = try? Tmux.run(["kill-session", "-t", session]) }
        #expect(Tmux.waitForPane(session, containing: "Меня зовут Ольга"))
        for keys in ["", "2", "? доставка в новосибирск"] {
            try Tmux.run(["send-keys", "-t", session, keys, "Enter"])
        }
        #expect(Tmux.waitForPane(session, containing: "FAQ 1."), "\(Tmux.pane(session))")
        try Tmux.run(["send-keys", "-t", session, "x", "Enter"])
        #expect(Tmux.waitForPane(session, containing: "Эскалация: Екатерина Лаврова"), "\(Tmux.pane(session))")
    }
}

/// The real tmux, driven as a person at a terminal would be.
enum Tmux {
    static var available: Bool { (try? run(["-V"])) != nil }

    @discardableResult
    static func run(_ arguments: [String]) throws -> String {
        let result = try ExternalTool.run("tmux", arguments)
        guard result.status == 0 else { throw TmuxError(output: result.output) }
        return result.output
    }

    /// Starts a detached session; its server lives on after this call.
    static func start(session: String, command: String) throws {
        // The server it starts keeps the pipes it inherits open, so its output is not waited for.
        let client = try ChildProcess("tmux", ["new-session", "-d", "-s", session, "-x", "160", "-y", "50", command])
        guard client.wait(timeout: .seconds(30)) == 0 else { throw TmuxError(output: "tmux new-session failed: \(client.stderr.text)") }
    }

    static func pane(_ session: String) -> String {
        (try? run(["capture-pane", "-p", "-t", session, "-S", "-200"])) ?? ""
    }

    static func waitForPane(_ session: String, containing needle: String, seconds: Double = 15) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if pane(session).contains(needle) { return true }
            Thread.sleep(forTimeInterval: 0.1)
        }
        return false
    }

    struct TmuxError: Error { let output: String }
}

/// `reglament test`: the examples' scenarios pass, and a wrong expectation fails with its reason.
@Suite(.serialized) struct TestCommandTests {
    @Test(arguments: CheckCommandTests.regulations)
    func examplesPassTheirScenarios(regulation: String) throws {
        let junit = FileManager.default.temporaryDirectory.appendingPathComponent("reglament-junit-\(UUID().uuidString).xml").path
        let result = try ReglamentProcess.run(["test", regulation, "--junit", junit])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("0 failed"))
        let xml = try String(contentsOfFile: junit, encoding: .utf8)
        #expect(xml.contains("<testsuite ") && xml.contains("failures=\"0\""))
    }

    @Test func wrongExpectationFailsWithTheReason() throws {
        let scenario = FileManager.default.temporaryDirectory.appendingPathComponent("reglament-scenario-\(UUID().uuidString).yaml")
        try """
            name: Ошиблись номером — но ждём заказ
            now: 2026-11-25T15:00:00+03:00
            steps: ["", "6"]
            expect:
              outcome: order
            """.write(to: scenario, atomically: true, encoding: .utf8)
        let result = try ReglamentProcess.run(["test", "Regulations/hifi-dom/regulation.yaml", scenario.path])
        #expect(result.status == 1)
        #expect(result.stdout.contains("outcome: expected order, got closed"), "\(result.stdout)")
    }
}

/// Confirmation calls: spacing, a call nobody answers, automatic cancellation.
@Suite(.serialized) struct ConfirmationCallTests {
    @Test func unansweredCallsCancelTheOrderByTheRules() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("reglament-confirm-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let database = folder.appendingPathComponent("calls.sqlite").path
        let order = folder.appendingPathComponent("order.answers")
        try (["", "1", "1", "Иван Петров", "89135551234"] + RunCommandTests.orderAfterPhone).joined(separator: "\n")
            .write(to: order, atomically: true, encoding: .utf8)
        let regulation = RunCommandTests.regulation
        let taken = try ReglamentProcess.run(["run", regulation, "--db", database, "--now", "2026-11-25T12:00:00+03:00", "--answers", order.path])
        #expect(taken.stdout.contains("UYUT-1125-001"))
        func confirm(_ time: String) throws -> String {
            try ReglamentProcess.run(["run", regulation, "--db", database, "--now", "2026-11-25T\(time):00+03:00", "--confirm", "UYUT-1125-001", "--no-answer"]).stdout
        }
        // uyut-lavka: 2 attempts, 3 h apart, cancelled after 2 unanswered.
        #expect(try confirm("12:10").contains("Следующий звонок не раньше 25.11 15:10"))
        #expect(try confirm("13:00").contains("не раньше 25.11 15:10"))
        #expect(try confirm("15:30").contains("отменён автоматически"))
        #expect(try confirm("18:00").contains("уже: cancelled"))
    }
}
