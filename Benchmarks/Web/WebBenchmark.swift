import AsyncHTTPClient
import BenchmarkSupport
import Foundation
import Hummingbird
import Logging
import NIOCore
import ReglamentAccess
import ReglamentMail
import ReglamentPostgres
import ReglamentRun
import ReglamentStore
import ReglamentTestSupport
import ReglamentWeb
import Synchronization

/// `reglament-web-bench`: N simulated operators on loopback, each logged in
/// (a session of their own) and taking order calls with no think time,
/// against the real workspace (`WebServer` over SQLite with every step
/// committed, mail composed into the outbox) and, in the same run, a bare
/// Hummingbird route. A step is the operator's action and the next step's
/// page: a POST, its 303, and the GET of the page. Then logins per second
/// (bcrypt, cost 12, on NIO's thread pool). The clients run in the same
/// process, on the same cores, as the servers.
///
///
/// With `--stores`, the same order calls at `--operators` (200) once per
/// store: one server on SQLite, one server on PostgreSQL, two servers on
/// PostgreSQL (the operators split between them), all on a throw-away
/// PostgreSQL 15 cluster started for the run, whose `pgbench` simple-update
/// TPS is measured in the same run as the reference for what it allows.
///
///     swift run -c release reglament-web-bench [--operators 200,1000] [--seconds 15] [--stores]
@main
struct WebBenchmark {
    static func main() async throws {
        let arguments = CommandLine.arguments
        let counts = (value(after: "--operators", in: arguments) ?? "200,1000").split(separator: ",").compactMap { Int($0) }
        let seconds = Double(value(after: "--seconds", in: arguments) ?? "15") ?? 15
        if arguments.contains("--stores") { return try await compareStores(operators: counts.first ?? 200, seconds: seconds) }
        let bench = try await Bench(operators: counts.max() ?? 200)
        print("loopback, 2 servers in this process (the workspace on SQLite, WAL, synchronous=FULL; a bare Hummingbird route), \(ProcessInfo.processInfo.activeProcessorCount) cores")
        for count in counts {
            let bare = try await bench.drive(count, for: seconds) { client, _ in
                try await client.bare()
            }
            bare.print("bare route, \(count) at once")
            let steps = try await bench.drive(count, for: seconds) { client, index in
                try await client.orderCall(operator: index)
            }
            steps.print("call step, \(count) operators")
            Swift.print(String(format: "  ratio of medians, step to bare: %.1f×", steps.median / max(bare.median, 0.0001)))
        }
        try await bench.logins(count: min(24, counts.max() ?? 24))
        Swift.print("peak memory (VmHWM): \(peakMemory())")
        try await bench.stop()
    }

    /// The step at `operators` on each store in turn, then pgbench on the same cluster.
    static func compareStores(operators: Int, seconds: Double) async throws {
        say("loopback, \(ProcessInfo.processInfo.activeProcessorCount) cores; servers, clients and PostgreSQL 15 on the same machine")
        let setups: [(title: String, stores: @Sendable (URL) async throws -> [any WebStore])] = [
            ("one server on SQLite (WAL, synchronous=FULL)", { folder in [try SQLiteCallStore(path: folder.appendingPathComponent("calls.sqlite").path)] }),
            ("one server on PostgreSQL (synchronous_commit=on)", { _ in
                [try await PostgresCallStore(PostgresLocation(url: try await PostgresCluster.shared.newDatabase()))]
            }),
            ("two servers on PostgreSQL", { _ in
                let location = try PostgresLocation(url: try await PostgresCluster.shared.newDatabase())
                return [try await PostgresCallStore(location), try await PostgresCallStore(location)]
            }),
        ]
        for setup in setups {
            let bench = try await Bench(operators: operators, stores: setup.stores)
            let steps = try await bench.drive(operators, for: seconds) { client, index in try await client.orderCall(operator: index) }
            say(steps.line("call step, \(operators) operators, \(setup.title)"))
            try await bench.stop()
        }
        let port = try await PostgresCluster.shared.port()
        let database = try await PostgresCluster.shared.newDatabase()
        let name = String(database.split(separator: "/").last ?? "")
        let pgbench = (ProcessInfo.processInfo.environment["REGLAMENT_PG_BIN"] ?? "/usr/lib/postgresql/15/bin") + "/pgbench"
        let connection = ["-h", "127.0.0.1", "-p", "\(port)", "-U", "postgres"]
        _ = try Self.output(of: pgbench, connection + ["-i", "-q", "-s", "10", name])
        // A count of transactions, not -T: started from this process, pgbench's -T never ended (seen here).
        let clients = min(operators, 32), transactions = 500
        let report = try Self.output(of: pgbench, connection + ["-b", "simple-update", "-t", "\(transactions)", "-c", "\(clients)", "-j", "2", name])
        let tps = report.split(separator: "\n").first { $0.hasPrefix("tps = ") } ?? "tps not found in: \(report.suffix(300))"
        say("pgbench simple-update on the same cluster, \(clients) clients × \(transactions) transactions: \(tps)")
    }

    /// What a tool prints, written to a file while it runs (a pipe nobody reads would stop it).
    static func output(of tool: String, _ arguments: [String]) throws -> String {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("reglament-bench-\(UUID().uuidString).txt")
        FileManager.default.createFile(atPath: file.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: file) }
        let handle = try FileHandle(forWritingTo: file)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        process.standardOutput = handle
        process.standardError = handle
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try handle.close()
        return try String(contentsOf: file, encoding: .utf8)
    }

    /// A line written at once: a run cut short still leaves the figures it measured.
    static func say(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }

    static func peakMemory() -> String {
        let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
        return status.split(separator: "\n").first { $0.hasPrefix("VmHWM") }?.split(separator: " ", omittingEmptySubsequences: true).dropFirst()
            .joined(separator: " ") ?? "unknown"
    }
}

/// Latencies of one phase, in milliseconds, with its errors.
struct Phase {
    var latencies: [Double]
    var errors: Int
    var elapsed: Double

    var median: Double { percentile(0.5) }

    func percentile(_ fraction: Double) -> Double {
        latencies.isEmpty ? 0 : latencies[min(latencies.count - 1, Int(Double(latencies.count) * fraction))]
    }

    func print(_ title: String) {
        Swift.print(line(title))
    }

    func line(_ title: String) -> String {
        (String(
            format: "%@: median %.2f ms, p99 %.2f ms, max %.1f ms, %.0f/s, %d errors", title, median, percentile(0.99), latencies.last ?? 0,
            Double(latencies.count) / elapsed, errors))
    }
}

/// The servers, the people and the client.
final class Bench: Sendable {
    let folder: URL
    let stores: [any WebStore]
    let services: WebServices
    let steps: [String]
    let http: HTTPClient
    /// One workspace server per store, over the same database when there are several.
    let workspacePorts: [Int]
    let barePort: Int
    let servers: Task<Void, any Error>
    static let password = "пароль оператора для замеров"

    init(operators: Int, stores makeStores: @Sendable (URL) async throws -> [any WebStore] = { folder in
        [try SQLiteCallStore(path: folder.appendingPathComponent("calls.sqlite").path)]
    }) async throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("reglament-web-bench-\(UUID().uuidString)")
        let regulations = folder.appendingPathComponent("regulations")
        try FileManager.default.createDirectory(at: regulations, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: "Regulations/uyut-lavka", toPath: regulations.appendingPathComponent("uyut-lavka").path)
        let scenario = try Scenario.load("Regulations/uyut-lavka/scenarios/order-novosibirsk.yaml")
        steps = scenario.steps
        stores = try await makeStores(folder)
        let hasher = PasswordHasher(secret: ServerSecret(bytes: (0..<32).map { _ in UInt8.random(in: 0...255) }))
        let now = scenario.now.date
        let everyServer = try stores.map { store in
            let workspace = Workspace(folder: regulations) { compiled in
                CallRunner(
                    store: store, compiled: compiled, validator: FieldValidator(),
                    mailer: OwnerMailComposer(
                        compiled: compiled, templates: try MailTemplates(overrides: compiled.mailTemplates ?? [:]),
                        from: OwnerMailComposer.sender(nil, shopName: compiled.shop.name)!))
            }
            workspace.refresh()
            return try WebServices(
                store: store, workspace: workspace, hasher: hasher,
                settings: WebSettings(sessions: SessionPolicy(idleTimeout: .seconds(86_400), absoluteTimeout: .seconds(86_400))), clock: { now })
        }
        services = everyServer[0]
        let store = stores[0]
        // Everyone logged in beforehand: the steps are what is measured here, the logins below.
        let hash = try hasher.hash(Self.password)
        for index in 0..<operators {
            let name = try UserName(parsing: "op\(index)")
            try await store.addUser(name, role: .operator, spokenName: "Ольга", passwordHash: hash, shops: ["uyut"], at: now)
            try await store.createSession(
                WebSession(idHash: SessionToken.hash("session-\(index)"), user: name, csrfToken: "csrf-\(index)", createdAt: now, lastSeenAt: now))
        }
        let quiet = Logger(label: "bench") { _ in SwiftLogNoOpLogHandler() }
        let ports = PortBox()
        let workspaceApps = everyServer.enumerated().map { index, services in
            WebServer.application(services, host: "127.0.0.1", port: 0, logger: quiet) { port in ports.set("workspace\(index)", port) }
        }
        let bareRouter = Router()
        bareRouter.get("/bare") { _, _ in "ok" }
        let bareApp = Application(
            router: bareRouter, configuration: .init(address: .hostname("127.0.0.1", port: 0)),
            onServerRunning: { channel in ports.set("bare", channel.localAddress?.port ?? 0) }, logger: quiet)
        servers = Task {
            try await withThrowingTaskGroup(of: Void.self) { group in
                for app in workspaceApps { group.addTask { try await app.runService(gracefulShutdownSignals: []) } }
                group.addTask { try await bareApp.runService(gracefulShutdownSignals: []) }
                try await group.waitForAll()
            }
        }
        (workspacePorts, barePort) = try await ports.wait(workspaces: workspaceApps.count)
        http = HTTPClient(
            eventLoopGroupProvider: .singleton,
            configuration: .init(
                redirectConfiguration: .disallow, timeout: .init(connect: .seconds(10), read: .seconds(120)),
                connectionPool: .init(idleTimeout: .seconds(300), concurrentHTTP1ConnectionsPerHostSoftLimit: operators)))
    }

    /// `count` clients at once, each repeating `work` (which returns its latencies, ms) until the time is up.
    func drive(_ count: Int, for seconds: Double, _ work: @escaping @Sendable (Client, Int) async throws -> [Double]) async throws -> Phase {
        let deadline = Date().addingTimeInterval(seconds)
        let started = ContinuousClock.now
        var phase = Phase(latencies: [], errors: 0, elapsed: 0)
        try await withThrowingTaskGroup(of: (latencies: [Double], errors: Int).self) { group in
            for index in 0..<count {
                let client = Client(bench: self, index: index)
                group.addTask {
                    var latencies: [Double] = [], errors = 0
                    while Date() < deadline {
                        do { latencies += try await work(client, index) } catch { errors += 1 }
                    }
                    return (latencies, errors)
                }
            }
            for try await result in group {
                phase.latencies += result.latencies
                phase.errors += result.errors
            }
        }
        phase.elapsed = BenchmarkSupport.seconds(ContinuousClock.now - started)
        phase.latencies.sort()
        return phase
    }

    /// Logins through the page, `count` at once (each a GET of the form and its POST).
    func logins(count: Int) async throws {
        let started = ContinuousClock.now
        let statuses = try await withThrowingTaskGroup(of: UInt.self) { group in
            for index in 0..<count {
                group.addTask { try await Client(bench: self, index: index).logIn() }
            }
            return try await group.reduce(into: [UInt]()) { $0.append($1) }
        }
        let elapsed = seconds(ContinuousClock.now - started)
        let refused = statuses.filter { $0 != 303 }
        print(String(format: "logins (bcrypt cost 12, NIO thread pool): %d at once, %.1f/s, %d refused", count, Double(count) / elapsed, refused.count)
            + (refused.isEmpty ? "" : " \(refused)"))
    }

    func stop() async throws {
        try await http.shutdown()
        servers.cancel()
        for case let store as PostgresCallStore in stores { await store.close() }
        try? FileManager.default.removeItem(at: folder)
    }
}

/// One simulated operator.
struct Client: Sendable {
    let bench: Bench
    let index: Int

    /// The operators are split evenly across the servers.
    var base: String { "http://127.0.0.1:\(bench.workspacePorts[index % bench.workspacePorts.count])" }

    func bare() async throws -> [Double] {
        let start = ContinuousClock.now
        let response = try await bench.http.execute(HTTPClientRequest(url: "http://127.0.0.1:\(bench.barePort)/bare"), timeout: .seconds(120))
        _ = try await response.body.collect(upTo: 1 << 20)
        guard response.status == .ok else { throw Unexpected(status: response.status.code) }
        return [seconds(ContinuousClock.now - start) * 1000]
    }

    /// One order call: the new call, then each step (action, 303, the next page) timed.
    func orderCall(operator index: Int) async throws -> [Double] {
        let started = try await send("/shops/uyut/calls", form: [:], expect: 303)
        guard let call = started.location else { throw Unexpected(status: 0) }
        var latencies: [Double] = []
        for line in bench.steps {
            let start = ContinuousClock.now
            _ = try await send(call, form: ["line": line], expect: 303)
            _ = try await send(call, form: nil, expect: 200)
            latencies.append(seconds(ContinuousClock.now - start) * 1000)
        }
        return latencies
    }

    /// The login's status: 303 when it let the operator in.
    func logIn() async throws -> UInt {
        var form = HTTPClientRequest(url: base + "/login")
        form.method = .GET
        let page = try await bench.http.execute(form, timeout: .seconds(120))
        let cookie = page.headers["set-cookie"].first?.split(separator: ";").first.map(String.init) ?? ""
        _ = try await page.body.collect(upTo: 1 << 20)
        let token = cookie.split(separator: "=", maxSplits: 1).last.map(String.init) ?? ""
        var request = HTTPClientRequest(url: base + "/login")
        request.method = .POST
        request.headers.add(name: "Cookie", value: cookie)
        request.headers.add(name: "Content-Type", value: "application/x-www-form-urlencoded")
        let body = "name=op\(index)&password=\(Bench.password.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")&csrf=\(token)"
        request.body = .bytes(ByteBuffer(string: body))
        let response = try await bench.http.execute(request, timeout: .seconds(120))
        _ = try await response.body.collect(upTo: 1 << 20)
        return response.status.code
    }

    private func send(_ path: String, form: [String: String]?, expect: UInt) async throws -> (status: UInt, location: String?) {
        var request = HTTPClientRequest(url: base + path)
        request.headers.add(name: "Cookie", value: "reglament=session-\(index)")
        if var form {
            form["csrf"] = "csrf-\(index)"
            request.method = .POST
            request.headers.add(name: "Content-Type", value: "application/x-www-form-urlencoded")
            let body = form.map { "\($0.key)=\($0.value.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")" }.joined(separator: "&")
            request.body = .bytes(ByteBuffer(string: body))
        }
        let response = try await bench.http.execute(request, timeout: .seconds(120))
        _ = try await response.body.collect(upTo: 1 << 22)
        guard response.status.code == expect else { throw Unexpected(status: response.status.code) }
        return (response.status.code, response.headers["location"].first)
    }
}

struct Unexpected: Error {
    let status: UInt
}

/// The ports the two servers listen on, once both are up.
final class PortBox: Sendable {
    private let ports = Mutex([String: Int]())

    func set(_ name: String, _ port: Int) {
        ports.withLock { $0[name] = port }
    }

    func wait(workspaces: Int) async throws -> ([Int], Int) {
        for _ in 0..<600 {
            let found = ports.withLock { ports in ((0..<workspaces).compactMap { ports["workspace\($0)"] }, ports["bare"]) }
            if found.0.count == workspaces, let bare = found.1 { return (found.0, bare) }
            try await Task.sleep(for: .milliseconds(50))
        }
        throw Unexpected(status: 0)
    }
}
