import Foundation
import ReglamentTestSupport
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// The web workspace in a real browser: the built `reglament serve`,
/// mailing over a real SMTP server on loopback, and headless Chromium
/// driven by Selenium (`Tests/Browser/workspace_e2e.py`) taking calls
/// with the keyboard, reading the owner's list and the auditor's page.
/// Its screenshots are in the artifacts folder the test prints; with
/// REGLAMENT_UPDATE_SCREENSHOTS=1 they replace docs/screenshots/. Needs chromium,
/// chromedriver and Python's selenium (`scripts/bootstrap --tests`);
/// skipped without them.
@Suite(.serialized) struct BrowserWorkspaceTests {
    static func onPath(_ names: [String]) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for name in names {
            for folder in path.split(separator: ":") where FileManager.default.isExecutableFile(atPath: "\(folder)/\(name)") {
                return "\(folder)/\(name)"
            }
        }
        return nil
    }

    static let ready: Bool = {
        guard onPath(["chromium", "chromium-browser"]) != nil, onPath(["chromedriver"]) != nil else { return false }
        return (try? ChildProcess.run("python3", ["-c", "import selenium"], timeout: .seconds(30)).status) == 0
    }()

    static let script = ReglamentProcess.packageRoot.appendingPathComponent("Tests/Browser/workspace_e2e.py").path

    /// Login → role, shop, spoken name. One shop each, so N on the home page starts a call there.
    static let people: [(name: String, role: String, shop: String, spokenName: String?)] = [
        ("olga", "operator", "uyut", "Ольга"), ("igor", "operator", "bdom", "Игорь"), ("katya", "owner", "uyut", nil),
        ("vera", "auditor", "uyut", nil),
    ]
    static let password = "браузерный пароль"

    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("reglament-browser-\(UUID().uuidString)")
    var database: String { folder.appendingPathComponent("calls.sqlite").path }
    var artifacts: URL { folder.appendingPathComponent("artifacts") }

    @Test(.enabled(if: ready, "no chromium, chromedriver or Python selenium: run scripts/bootstrap --tests"))
    func operatorsAndAnOwnerWorkInABrowserAndTheMailArrives() throws {
        print("browser test artifacts: \(artifacts.path)")
        let regulations = folder.appendingPathComponent("regulations")
        try FileManager.default.createDirectory(at: regulations, withIntermediateDirectories: true)
        for shop in ["uyut-lavka", "bolshoy-dom"] {
            try FileManager.default.copyItem(
                at: ReglamentProcess.packageRoot.appendingPathComponent("Regulations/\(shop)"), to: regulations.appendingPathComponent(shop))
        }
        let smtp = try LoopbackSMTPServer()
        for person in Self.people {
            let added = try ChildProcess.run(
                ReglamentProcess.executable.path,
                ["users", "add", person.name, "--role", person.role, "--shop", person.shop, "--db", database, "--password-stdin"]
                    + (person.spokenName.map { ["--spoken-name", $0] } ?? []),
                directory: folder.path, environment: ReglamentProcess.environment, input: Data((Self.password + "\n").utf8), timeout: .seconds(60))
            try #require(added.status == 0, "\(added.combined)")
        }

        let server = try ReglamentProcess.start(
            ["serve", "--regulations", regulations.path, "--db", database, "--listen", "127.0.0.1:0", "--mail", "smtp://127.0.0.1:\(smtp.port)"],
            directory: folder)
        // Whatever fails below, the server does not outlive the test.
        defer { if server.wait(timeout: .zero) == nil { server.kill() } }
        #expect(server.stdout.wait(for: "Reglament serves http://", seconds: 60), "\(server.stdout.text)\(server.stderr.text)")
        let base = try #require(
            server.stdout.text.firstMatch(of: #/Reglament serves (http://127\.0\.0\.1:\d+)/#).map { String($0.1) }, "\(server.stdout.text)")

        let config = folder.appendingPathComponent("browser.json")
        try writeConfig(to: config, base: base)
        let run = try browser(config)
        print(run.stdout)
        #expect(run.status == 0, "the browser scenarios failed (artifacts: \(artifacts.path)):\n\(run.combined.suffix(3000))")
        let result = try JSONDecoder().decode(Result.self, from: Data(contentsOf: artifacts.appendingPathComponent("result.json")))

        // Each call's mail has its reference at the start of its Message-ID; the outbox worker sends every 5 s.
        let expected = [result.order, result.uyut_message, result.bdom_message].compactMap { $0 }
        #expect(expected.count == 3, "\(result)")
        let deadline = Date().addingTimeInterval(30)
        var arrived: [String] = []
        repeat {
            arrived = try smtp.received().compactMap(\.messageID)
            if expected.allSatisfy({ reference in arrived.contains { $0.hasPrefix("<\(reference).") } }) { break }
            Thread.sleep(forTimeInterval: 0.2)
        } while Date() < deadline
        for reference in expected {
            #expect(arrived.contains { $0.hasPrefix("<\(reference).") }, "no mail for \(reference) on the SMTP server: \(arrived)")
        }
        #expect(arrived.contains { $0.hasPrefix("<\(result.order ?? "-").order.") }, "the order's mail is an order: \(arrived)")
        #expect(arrived.contains { $0.hasPrefix("<\(result.bdom_message ?? "-").message.") }, "bdom's call is a message: \(arrived)")

        // Enter on a finished call goes back to the list of shops (it once did nothing).
        let probe = try browser(config, only: "probe-enter-at-ending")
        #expect(probe.status == 0, "\(probe.combined.suffix(1000))")

        server.kill(SIGTERM)
        let status = server.wait(timeout: .seconds(10))
        #expect(status == 0, "after SIGTERM the server ended with \(status.map(String.init) ?? "nothing within 10 s"):\n\(server.stderr.text.suffix(1000))")
    }

    /// What the script reports of the calls it took.
    struct Result: Decodable {
        let order: String?
        let uyut_message: String?
        let bdom_message: String?
        let keystrokes: Int?
    }

    func writeConfig(to url: URL, base: String) throws {
        func user(_ name: String) -> [String: String] { ["name": name, "password": Self.password] }
        let config: [String: Any] = [
            "base_url": base, "artifacts": artifacts.path,
            "users": ["operator_uyut": user("olga"), "operator_bdom": user("igor"), "owner_uyut": user("katya"), "auditor_uyut": user("vera")],
        ]
        // The passwords go in a file only the test's user reads, not on a command line.
        FileManager.default.createFile(
            atPath: url.path, contents: try JSONSerialization.data(withJSONObject: config), attributes: [.posixPermissions: 0o600])
    }

    func browser(_ config: URL, only: String? = nil) throws -> ChildProcess.Output {
        try ChildProcess.run(
            "python3", [Self.script, "--config", config.path] + (only.map { ["--only", $0] } ?? []), directory: folder.path, timeout: .seconds(300))
    }
}
