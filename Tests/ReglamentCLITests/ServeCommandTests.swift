import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import ReglamentTestSupport
import Testing

/// `reglament serve` as a process: what it prints, what it serves, what it
/// logs, how it takes a changed regulation, and how it stops.
@Suite(.serialized) struct ServeCommandTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("reglament-serve-\(UUID().uuidString)")

    /// The server over a copy of two example shops and one broken one, and the address it printed.
    func start() throws -> (server: ChildProcess, base: URL) {
        let regulations = folder.appendingPathComponent("regulations")
        try FileManager.default.createDirectory(at: regulations, withIntermediateDirectories: true)
        for shop in ["uyut-lavka", "bolshoy-dom"] {
            try FileManager.default.copyItem(
                at: ReglamentProcess.packageRoot.appendingPathComponent("Regulations/\(shop)"), to: regulations.appendingPathComponent(shop))
        }
        let broken = regulations.appendingPathComponent("broken")
        try FileManager.default.createDirectory(at: broken, withIntermediateDirectories: true)
        try "shop:\n  name: Сломанный\n  phone: [\n".write(to: broken.appendingPathComponent("regulation.yaml"), atomically: true, encoding: .utf8)
        return try Self.serve(
            ["--regulations", regulations.path, "--db", folder.appendingPathComponent("calls.sqlite").path, "--listen", "127.0.0.1:0",
             "--mail", "dir:\(folder.appendingPathComponent("outbox").path)"],
            directory: folder)
    }

    /// `reglament serve ARGUMENTS` in `directory`, once it prints its address.
    static func serve(_ arguments: [String], directory: URL) throws -> (server: ChildProcess, base: URL) {
        let server = try ReglamentProcess.start(["serve"] + arguments, directory: directory)
        guard server.stdout.wait(for: "Reglament serves http://", seconds: 60),
              let line = server.stdout.text.split(separator: "\n").first(where: { $0.hasPrefix("Reglament serves ") }),
              let address = line.split(separator: " ").dropFirst(2).first, let base = URL(string: String(address))
        else {
            server.kill()
            throw ServeDidNotStart(output: server.stdout.text + server.stderr.text(waiting: .seconds(2)))
        }
        return (server, base)
    }

    @Test func itServesTheShopsMakesTheFirstAdminLogsEachRequestAndStopsOnSIGTERM() async throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let (server, base) = try start()
        defer { server.kill() }
        let out = server.stdout.text
        #expect(out.contains("serving uyut (Уютная лавка)") && out.contains("serving bdom (Большой дом)"))
        let password = try #require(out.split(separator: "\n").first { $0.contains("password:") }?.split(separator: " ").last.map(String.init))
        #expect(server.stderr.wait(for: "not serving broken", seconds: 5), "the broken shop's errors are printed: \(server.stderr.text)")
        #expect(server.stderr.text.contains("regulation.yaml:"), "as check prints them, with the file and line")

        let web = WebClient(base: base)
        #expect(try await web.get("/login").status == 200)
        let login = try await web.post("/login", ["name": "admin", "password": password])
        #expect(login.status == 303)
        let admin = try await web.get("/admin")
        #expect(admin.status == 200 && admin.body.contains("Уютная лавка") && admin.body.contains("не обслуживается"))
        _ = try await web.get("/shops/uyut/outcomes?operator=%D0%A1%D0%B5%D0%BA%D1%80%D0%B5%D1%82")
        #expect(server.stderr.wait(for: "GET /shops/{shop}/outcomes 200", seconds: 5))
        let log = server.stderr.text
        #expect(log.contains("POST /login 303") && log.contains("user=admin"))
        #expect(!log.contains("Секрет") && !log.contains("uyut/outcomes") && !log.contains(password), "no value of a path, a query or a form in the log")

        // A changed regulation is compiled again; a call keeps its version (CallPageTests), new ones take the new one.
        let file = folder.appendingPathComponent("regulations/uyut-lavka/regulation.yaml")
        let text = try String(contentsOf: file, encoding: .utf8)
        try text.replacingOccurrences(of: "Уютная лавка", with: "Уютная лавочка").write(to: file, atomically: true, encoding: .utf8)
        #expect(server.stderr.wait(for: "regulation of uyut compiled again: serving version", seconds: 15), "\(server.stderr.text)")
        #expect(try await web.get("/admin").body.contains("Уютная лавочка"))

        kill(server.pid, SIGTERM)
        #expect(server.wait(timeout: .seconds(10)) == 0, "a graceful stop: \(server.stderr.text)")
    }
}

/// HTTP with cookies kept and redirects not followed, as the tests read answers one by one.
final class WebClient: NSObject, URLSessionTaskDelegate, @unchecked Sendable {
    let base: URL
    private var cookies: [String: String] = [:]
    private var token: String?
    private lazy var session = URLSession(configuration: .ephemeral, delegate: self, delegateQueue: nil)

    init(base: URL) {
        self.base = base
    }

    /// The same browser (its cookies, its form token) pointed at another server.
    func moved(to base: URL) -> WebClient {
        let client = WebClient(base: base)
        client.cookies = cookies
        client.token = token
        return client
    }

    /// An answer as a browser gets it, the redirect not followed.
    struct Answer {
        let status: Int
        let body: String
        let location: String?
    }

    func get(_ path: String) async throws -> Answer {
        try await send(URLRequest(url: URL(string: path, relativeTo: base)!))
    }

    func post(_ path: String, _ fields: [String: String]) async throws -> Answer {
        var request = URLRequest(url: URL(string: path, relativeTo: base)!)
        request.httpMethod = "POST"
        request.setValue("application/x-www-form-urlencoded", forHTTPHeaderField: "Content-Type")
        var all = fields
        if let token { all["csrf"] = token }
        request.httpBody = Data(all.map { "\($0.key)=\($0.value.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")" }
            .joined(separator: "&").utf8)
        return try await send(request)
    }

    private func send(_ request: URLRequest) async throws -> Answer {
        var request = request
        request.httpShouldHandleCookies = false
        if !cookies.isEmpty { request.setValue(cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; "), forHTTPHeaderField: "Cookie") }
        let (data, response) = try await session.data(for: request)
        let http = response as? HTTPURLResponse
        for (name, value) in http?.allHeaderFields ?? [:] where (name as? String)?.lowercased() == "set-cookie" {
            for cookie in String(describing: value).components(separatedBy: ", ") {
                let pair = cookie.split(separator: ";")[0].split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
                if pair.count == 2 { cookies[String(pair[0])] = pair[1].isEmpty ? nil : String(pair[1]) }
            }
        }
        let body = String(decoding: data, as: UTF8.self)
        if let range = body.range(of: #"name="csrf" value=""#) { token = String(body[range.upperBound...].prefix { $0 != "\"" }) }
        return Answer(status: http?.statusCode ?? 0, body: body, location: http?.value(forHTTPHeaderField: "Location"))
    }

    func urlSession(
        _ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse, newRequest request: URLRequest,
        completionHandler: @escaping @Sendable (URLRequest?) -> Void
    ) {
        completionHandler(nil)
    }
}

struct ServeDidNotStart: Error, CustomStringConvertible {
    let output: String
    var description: String { "reglament serve did not start:\n\(output)" }
}

/// README's first command, `bash scripts/start`, with the tests' binary (no release build here).
@Suite struct StartScriptTests {
    @Test func itStartsTheWorkspaceOnTheExamplesWithPeopleToLogInAs() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("reglament-start-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var environment = ReglamentProcess.environment
        environment["REGLAMENT_BINARY"] = ReglamentProcess.executable.path
        environment["REGLAMENT_DB"] = folder.appendingPathComponent("workspace.sqlite").path
        environment["REGLAMENT_LISTEN"] = "127.0.0.1:0"
        environment["REGLAMENT_MAIL"] = "dir:\(folder.appendingPathComponent("outbox").path)"
        // A copy: the server keeps the versions it serves beside the shops, and the checkout is not its to write.
        let regulations = folder.appendingPathComponent("regulations")
        try FileManager.default.copyItem(at: ReglamentProcess.packageRoot.appendingPathComponent("Regulations"), to: regulations)
        environment["REGLAMENT_REGULATIONS"] = regulations.path
        let script = try ChildProcess(
            "/bin/bash", [ReglamentProcess.packageRoot.appendingPathComponent("scripts/start").path],
            directory: folder.path, environment: environment)
        defer { script.kill() }
        #expect(script.stdout.wait(for: "Reglament serves http://", seconds: 60), "\(script.stdout.text)\(script.stderr.text)")
        let out = script.stdout.text
        for shop in ["uyut", "bdom", "hfd"] { #expect(out.contains("serving \(shop)")) }
        // «password (shown once, give it to NAME in person): PASSWORD»
        var passwords: [String: String] = [:]
        for line in out.split(separator: "\n") where line.hasPrefix("password (shown once, give it to ") {
            let words = line.split(separator: " ")
            passwords[String(words[6])] = String(words[words.count - 1])
        }
        #expect(passwords.keys.sorted() == ["admin", "operator", "owner-bdom", "owner-hfd", "owner-uyut"], "\(out)")
        let line = try #require(out.split(separator: "\n").first { $0.hasPrefix("Reglament serves ") })
        let base = try #require(URL(string: String(line.split(separator: " ")[2])))
        let web = WebClient(base: base)
        _ = try await web.get("/login")
        #expect(try await web.post("/login", ["name": "operator", "password": passwords["operator"] ?? ""]).status == 303)
        let home = try await web.get("/")
        #expect(home.body.contains("Уютная лавка") && home.body.contains("Новый входящий звонок"))
        kill(script.pid, SIGTERM)
        #expect(script.wait(timeout: .seconds(10)) == 0)
    }
}
