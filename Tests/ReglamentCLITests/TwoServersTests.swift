import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import ReglamentPostgres
import ReglamentRun
import ReglamentTestSupport
import Testing

/// Two `reglament serve` processes over one PostgreSQL database (the
/// throw-away cluster's): they start together, a login made on one is
/// answered by the other, and the other goes on when the first is killed.
/// Then the failover of issue 15: 50 operators taking orders on both while one dies.
@Suite(.serialized) struct TwoServersTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("reglament-two-\(UUID().uuidString)")

    func serve(_ database: String) throws -> (server: ChildProcess, base: URL) {
        try ServeCommandTests.serve(
            ["--regulations", folder.appendingPathComponent("regulations").path, "--db", database, "--listen", "127.0.0.1:0",
             "--mail", "dir:\(folder.appendingPathComponent("outbox").path)"],
            directory: folder)
    }

    /// A copy of uyut-lavka for the servers, and a new database.
    func prepare() async throws -> (regulations: URL, database: String) {
        let regulations = folder.appendingPathComponent("regulations")
        try FileManager.default.createDirectory(at: regulations, withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: ReglamentProcess.packageRoot.appendingPathComponent("Regulations/uyut-lavka"), to: regulations.appendingPathComponent("uyut-lavka"))
        return (regulations, try await PostgresCluster.shared.newDatabase())
    }

    @Test func aLoginOnOneServerIsAnsweredByTheOtherAfterTheFirstIsKilled() async throws {
        let (_, database) = try await prepare()
        defer { try? FileManager.default.removeItem(at: folder) }
        // The admin and the secret (reglament.secret in the folder both servers run in) come first.
        let admin = try ChildProcess.run(
            ReglamentProcess.executable.path, ["users", "add", "admin", "--role", "admin", "--db", database, "--password-stdin"],
            directory: folder.path, environment: ReglamentProcess.environment, input: Data("пароль администратора\n".utf8))
        #expect(admin.status == 0, "\(admin.stderr)")

        let (first, firstBase) = try serve(database)
        defer { first.kill() }
        let (second, secondBase) = try serve(database)
        defer { second.kill() }
        #expect(!first.stdout.text.contains("password:") && !second.stdout.text.contains("password:"), "no second admin is made")

        let onFirst = WebClient(base: firstBase)
        _ = try await onFirst.get("/login")
        #expect(try await onFirst.post("/login", ["name": "admin", "password": "пароль администратора"]).status == 303)
        #expect(try await onFirst.get("/admin").status == 200)
        let onSecond = onFirst.moved(to: secondBase)
        #expect(try await onSecond.get("/admin").status == 200, "the session is in the database: the other server knows it")

        first.kill(SIGKILL)
        _ = first.wait(timeout: .seconds(10))
        let admin2 = try await onSecond.get("/admin")
        #expect(admin2.status == 200 && admin2.body.contains("Уютная лавка"), "the second server goes on alone")
        kill(second.pid, SIGTERM)
        #expect(second.wait(timeout: .seconds(10)) == 0, "\(second.stderr.text)")
    }

    @Test func theOperatorsOfAKilledServerFinishTheirCallsOnTheOtherAndNothingAcknowledgedIsLost() async throws {
        let operators = 50, accounts = 10
        let (regulations, database) = try await prepare()
        defer { try? FileManager.default.removeItem(at: folder) }
        let smtp = try LoopbackSMTPServer()
        defer { smtp.stop() }
        let password = "пароль оператора для отказа сервера"
        for account in 0..<accounts {
            let made = try ChildProcess.run(
                ReglamentProcess.executable.path,
                ["users", "add", "op\(account)", "--role", "operator", "--spoken-name", "Ольга", "--shop", "uyut", "--db", database, "--password-stdin"],
                directory: folder.path, environment: ReglamentProcess.environment, input: Data("\(password)\n".utf8))
            #expect(made.status == 0, "\(made.stderr)")
        }
        let arguments = ["--regulations", regulations.path, "--db", database, "--listen", "127.0.0.1:0", "--mail", "smtp://127.0.0.1:\(smtp.port)"]
        let servers = try (0..<2).map { _ in try ServeCommandTests.serve(arguments, directory: folder) }
        defer { for (server, _) in servers { server.kill() } }

        let steps = try Self.orderScenario().steps
        let halfway = operators / 2 * steps.count / 2
        let progress = Progress()
        let killer = Task {
            // SIGKILL once the first server's operators have made half their steps: some of them mid-step.
            while await progress.acknowledged(on: 0) < halfway { try await Task.sleep(for: .milliseconds(5)) }
            servers[0].server.kill(SIGKILL)
            await progress.markKilled()
        }
        let bases = servers.map(\.base)
        let references = try await withThrowingTaskGroup(of: String.self) { group in
            for index in 0..<operators {
                group.addTask {
                    let desk = OperatorDesk(servers: bases, first: index % 2, progress: progress)
                    try await desk.logIn("op\(index % accounts)", password: password)
                    // Everyone starts together once all are logged in (bcrypt makes logins slow): the kill finds calls in flight.
                    await progress.loggedIn()
                    while await progress.logins < operators { try await Task.sleep(for: .milliseconds(5)) }
                    return try await desk.takeOrder(steps: steps)
                }
            }
            return try await group.reduce(into: [String]()) { $0.append($1) }
        }
        _ = await killer.result
        #expect(await progress.wasKilled, "the first server was killed while its operators worked")
        let movedOver = await progress.failedOver
        #expect(movedOver > 0, "operators of the killed server went on at the other")
        // No reference twice; every order as the scenario takes it, so no acknowledged step is missing or doubled.
        #expect(references.count == operators && Set(references).count == operators, "\(references.sorted())")
        let store = try await PostgresCallStore(PostgresLocation(url: database), maximumConnections: 2)
        let expected = try Self.orderScenario().expect.fields ?? [:]
        for reference in references {
            let order = try #require(try await store.order(reference, shop: "uyut"), "the order \(reference) is in the log")
            for (field, value) in expected { #expect(order.fields[field] == value, "\(reference) \(field)") }
        }
        await store.close()

        // Every order's mail reaches the SMTP server; a copy sent again keeps its Message-ID.
        let deadline = Date().addingTimeInterval(90)
        var received: [LoopbackSMTPServer.Received] = []
        repeat {
            received = try smtp.received()
            if references.allSatisfy({ reference in received.contains { $0.data.contains(reference) } }) { break }
            try await Task.sleep(for: .milliseconds(500))
        } while Date() < deadline
        for reference in references {
            let copies = received.filter { $0.data.contains(reference) }
            #expect(!copies.isEmpty, "the mail of \(reference) was sent")
            #expect(Set(copies.compactMap(\.messageID)).count == 1, "\(reference): every copy has the one Message-ID")
        }
        let resent = received.count - Set(received.compactMap(\.messageID)).count
        let inFlight = await progress.inFlight
        print(
            "failover: \(movedOver) operators went on at the second server; of the steps in flight at the kill \(inFlight.committed) were committed, "
                + "\(inFlight.lost) not (sent again); \(received.count) mails for \(references.count) orders, \(resent) sent again")
        kill(servers[1].server.pid, SIGTERM)
        #expect(servers[1].server.wait(timeout: .seconds(10)) == 0, "\(servers[1].server.stderr.text)")
    }

    /// The uyut order the operators take: what they type, and the order it makes.
    static func orderScenario() throws -> Scenario {
        try Scenario.load(ReglamentProcess.packageRoot.appendingPathComponent("Regulations/uyut-lavka/scenarios/order-novosibirsk.yaml").path)
    }
}

/// What the operators did, for the moment of the kill and the report.
actor Progress {
    private var steps = [0, 0]
    private(set) var wasKilled = false
    private(set) var failedOver = 0
    private(set) var logins = 0

    /// Steps sent when the server died: found committed on the other, or not (and sent again).
    private(set) var inFlight = (committed: 0, lost: 0)

    func loggedIn() { logins += 1 }
    func inFlight(committed: Bool) { if committed { inFlight.committed += 1 } else { inFlight.lost += 1 } }

    func acknowledge(on server: Int) { steps[server] += 1 }
    func acknowledged(on server: Int) -> Int { steps[server] }
    func markKilled() { wasKilled = true }
    func moved() { failedOver += 1 }
}

/// One operator at their browser: logs in at one server and takes a call
/// step by step, reading the page before each step as a person does; when
/// their server stops answering, goes on at the other.
final class OperatorDesk: @unchecked Sendable {
    private let servers: [URL]
    private var current: Int
    private var web: WebClient
    private let progress: Progress

    init(servers: [URL], first: Int, progress: Progress) {
        self.servers = servers
        self.current = first
        self.web = WebClient(base: servers[first])
        self.progress = progress
    }

    func logIn(_ name: String, password: String) async throws {
        _ = try await web.get("/login")
        let answer = try await web.post("/login", ["name": name, "password": password])
        #expect(answer.status == 303, "\(name) logged in")
        // The home page carries the session's form token.
        _ = try await web.get("/")
    }

    /// Takes an order with `steps`; returns the reference read to the client.
    func takeOrder(steps: [String]) async throws -> String {
        let started = try await onAnyServer { try await $0.post("/shops/uyut/calls", [:]) }
        let call = try #require(started.location, "\(started.status) \(started.body.prefix(300))")
        var next = 0
        while next < steps.count {
            // The page is read before each step, as a person does (on the other server once this one is gone).
            let before = Self.step(of: try await onAnyServer { try await $0.get(call) }.body)
            do {
                let answer = try await web.post(call, ["line": steps[next]])
                guard answer.status == 303 else {
                    Issue.record("step \(next) «\(steps[next])» of \(call): \(answer.status) \(Self.step(of: answer.body))")
                    throw CallFailed()
                }
                await progress.acknowledge(on: current)
                next += 1
            } catch where current == 0 && !(error is CallFailed) {
                // The server died with the step sent: the other shows whether it was committed.
                try await moveToTheOther()
                let committed = Self.step(of: try await web.get(call).body) != before
                await progress.inFlight(committed: committed)
                if committed { next += 1 }
            }
        }
        let end = try await onAnyServer { try await $0.get(call) }
        let reference = try #require(end.body.firstMatch(of: /Номер для клиента: ([A-Z]+-\d{4}-\d{3})/).map { String($0.1) }, "\(Self.step(of: end.body))")
        return reference
    }

    /// A read at the current server; when it does not answer, at the other.
    private func onAnyServer(_ request: (WebClient) async throws -> WebClient.Answer) async throws -> WebClient.Answer {
        do { return try await request(web) } catch where current == 0 {
            try await moveToTheOther()
            return try await request(web)
        }
    }

    /// The same browser, cookies and all, pointed at the second server.
    private func moveToTheOther() async throws {
        current = 1
        web = web.moved(to: servers[1])
        await progress.moved()
    }

    /// What the page asks of the operator: the line to say and the prompt (the token and times left out).
    static func step(of page: String) -> String {
        let say = page.firstMatch(of: /id="say">(.*?)<\/p>/).map { String($0.1) } ?? ""
        let prompt = page.firstMatch(of: /class="prompt">(.*?)<\/p>/).map { String($0.1) } ?? ""
        return say + "\n" + prompt
    }

    struct CallFailed: Error {}
}

