import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import ReglamentAccess
import ReglamentMail
import ReglamentRun
import ReglamentStore
import ReglamentWeb
import Synchronization

/// Two shops (Уютная лавка `uyut`, Большой дом `bdom`) served from a
/// temporary copy of their folders over a real SQLite file, with a person
/// of every role in each, a clock the test sets, and every log line kept.
final class WebFixture: Sendable {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let password = "пароль для проверок"
    static let shops = ["uyut", "bdom"]
    /// Login → role and shops; `*-uyut` work in Уютная лавка only, `*-bdom` in Большой дом.
    static let people: [(name: String, role: Role, shops: [String])] = [
        ("admin", .admin, []),
        ("operator-uyut", .operator, ["uyut"]), ("operator-bdom", .operator, ["bdom"]),
        ("owner-uyut", .owner, ["uyut"]), ("owner-bdom", .owner, ["bdom"]),
        ("auditor-uyut", .auditor, ["uyut"]), ("auditor-bdom", .auditor, ["bdom"]),
        ("operator-both", .operator, ["uyut", "bdom"]),
    ]

    let folder: URL
    let database: String
    let store: SQLiteCallStore
    let services: WebServices
    let log: LogRecorder
    private let clock: TestClock

    init(now start: Date = Date(), settings: WebSettings = WebSettings(), folder existing: URL? = nil) async throws {
        let folder = existing ?? FileManager.default.temporaryDirectory.appendingPathComponent("reglament-web-\(UUID().uuidString)")
        self.folder = folder
        let regulations = folder.appendingPathComponent("regulations")
        if existing == nil {
            try FileManager.default.createDirectory(at: regulations, withIntermediateDirectories: true)
            for shop in ["uyut-lavka", "bolshoy-dom"] {
                try FileManager.default.copyItem(
                    at: Self.packageRoot.appendingPathComponent("Regulations/\(shop)"), to: regulations.appendingPathComponent(shop))
            }
        }
        database = folder.appendingPathComponent("calls.sqlite").path
        let store = try SQLiteCallStore(path: database)
        self.store = store
        let clock = TestClock(start)
        self.clock = clock
        let workspace = Workspace(folder: regulations) { compiled in
            guard let sender = OwnerMailComposer.sender(nil, shopName: compiled.shop.name) else { throw FixtureError.noSender }
            let composer = OwnerMailComposer(compiled: compiled, templates: try MailTemplates(overrides: compiled.mailTemplates ?? [:]), from: sender)
            return CallRunner(store: store, compiled: compiled, validator: FieldValidator(), mailer: composer)
        }
        workspace.refresh()
        let hasher = PasswordHasher(secret: ServerSecret(bytes: Array(repeating: 7, count: ServerSecret.size)), cost: PasswordHasher.lowestCost)
        log = LogRecorder()
        services = try WebServices(store: store, workspace: workspace, hasher: hasher, settings: settings, clock: { clock.now })
        if existing == nil {
            let hash = try hasher.hash(Self.password)
            for person in Self.people {
                try await store.addUser(
                    try UserName(parsing: person.name), role: person.role, spokenName: person.role == .operator ? "Ольга" : nil, passwordHash: hash,
                    shops: person.shops, at: start)
            }
        }
    }

    func setClock(_ date: Date) {
        clock.set(date)
    }

    func advance(_ seconds: TimeInterval) {
        clock.set(clock.now.addingTimeInterval(seconds))
    }

    var application: some ApplicationProtocol {
        let log = self.log
        return Application(router: WebServer.router(services, logger: Logger(label: "reglament-test") { _ in log.handler }))
    }

    deinit {
        try? FileManager.default.removeItem(at: folder)
    }
}

final class TestClock: Sendable {
    private let value: Mutex<Date>

    init(_ start: Date) {
        value = Mutex(start)
    }

    var now: Date { value.withLock { $0 } }

    func set(_ date: Date) {
        value.withLock { $0 = date }
    }
}

enum FixtureError: Error {
    case noSender
}

/// A browser's part: cookies kept between requests, and the CSRF token of the last page that had one.
final class Browser: @unchecked Sendable {
    let client: any TestClientProtocol
    private(set) var cookies: [String: String] = [:]
    private(set) var csrf: String?
    private(set) var last: Page?

    struct Page {
        let status: HTTPResponse.Status
        let headers: HTTPFields
        let body: String
        var location: String? { headers[.location] }
    }

    init(_ client: any TestClientProtocol) {
        self.client = client
    }

    @discardableResult
    func get(_ path: String) async throws -> Page {
        try await send(path, method: .get, body: nil)
    }

    /// Posts a form with the last page's CSRF token (unless `csrf` gives another, or `""` none).
    @discardableResult
    func post(_ path: String, _ fields: [(String, String)] = [], csrf token: String? = nil) async throws -> Page {
        var all = fields
        if let token = token ?? csrf, !token.isEmpty { all.append(("csrf", token)) }
        let body = all.map { Self.encode($0.0) + "=" + Self.encode($0.1) }.joined(separator: "&")
        return try await send(path, method: .post, body: body)
    }

    /// Sends files as a browser's file input does (`multipart/form-data`), with the last page's CSRF token.
    @discardableResult
    func upload(_ path: String, files: [(name: String, text: String)], field: String = "files") async throws -> Page {
        let boundary = "----reglament-test-\(UUID().uuidString)"
        var body = ""
        if let csrf { body += "--\(boundary)\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n\(csrf)\r\n" }
        for file in files {
            body += "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(field)\"; filename=\"\(file.name)\"\r\n"
            body += "Content-Type: application/octet-stream\r\n\r\n\(file.text)\r\n"
        }
        body += "--\(boundary)--\r\n"
        return try await send(path, method: .post, body: body, contentType: "multipart/form-data; boundary=\(boundary)")
    }

    /// Logs in as `name` with the fixtures' password and lands on the home page (or wherever it redirects).
    @discardableResult
    func logIn(_ name: String, password: String = WebFixture.password) async throws -> Page {
        try await get("/login")
        let answer = try await post("/login", [("name", name), ("password", password)])
        guard answer.status == .seeOther, let location = answer.location else { return answer }
        return try await follow(location)
    }

    /// Follows redirects from `path` to the page at the end.
    func follow(_ path: String) async throws -> Page {
        var page = try await get(path)
        var hops = 0
        while page.status == .seeOther || page.status == .found, let next = page.location, hops < 5 {
            page = try await get(next)
            hops += 1
        }
        return page
    }

    private func send(
        _ path: String, method: HTTPRequest.Method, body: String?, contentType: String = "application/x-www-form-urlencoded"
    ) async throws -> Page {
        var headers: HTTPFields = [:]
        if !cookies.isEmpty { headers[.cookie] = cookies.map { "\($0.key)=\($0.value)" }.sorted().joined(separator: "; ") }
        if body != nil { headers[.contentType] = contentType }
        let response = try await client.execute(uri: path, method: method, headers: headers, body: body.map { ByteBuffer(string: $0) })
        for line in response.headers[values: .setCookie] {
            let pair = line.split(separator: ";")[0].split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = String(pair[0]), value = pair.count > 1 ? String(pair[1]) : ""
            if value.isEmpty || line.contains("Max-Age=0") { cookies[name] = nil } else { cookies[name] = value }
        }
        let page = Page(status: response.status, headers: response.headers, body: String(buffer: response.body))
        if let token = Self.token(in: page.body) { csrf = token }
        last = page
        return page
    }

    func setCookie(_ name: String, _ value: String) {
        cookies[name] = value
    }

    static func token(in html: String) -> String? {
        guard let range = html.range(of: #"name="csrf" value=""#) else { return nil }
        return String(html[range.upperBound...].prefix { $0 != "\"" })
    }

    static func encode(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
    }
}

/// Every log line the server wrote, to check what never reaches them.
final class LogRecorder: Sendable {
    private let lines = Mutex([String]())

    var all: [String] { lines.withLock { $0 } }

    var handler: RecordingHandler { RecordingHandler(recorder: self) }

    func add(_ line: String) {
        lines.withLock { $0.append(line) }
    }

    struct RecordingHandler: LogHandler {
        let recorder: LogRecorder
        var metadata: Logger.Metadata = [:]
        var logLevel: Logger.Level = .info

        subscript(metadataKey key: String) -> Logger.Metadata.Value? {
            get { metadata[key] }
            set { metadata[key] = newValue }
        }

        func log(event: LogEvent) {
            recorder.add("\(event.level) \(event.message) \(event.metadata ?? [:]) \(metadata)")
        }
    }
}

/// The routes the server answers, as "METHOD /path/{parameter}".
enum WebServerRoutes {
    static func descriptions(_ fixture: WebFixture) -> [String] {
        WebServer.router(fixture.services, logger: Logger(label: "routes")).routes.map { route in
            let path = route.path.description.split(separator: "/").map { part in
                part.hasPrefix(":") ? "{\(part.dropFirst())}" : String(part)
            }.joined(separator: "/")
            return "\(route.method) /\(path)"
        }
    }
}
