import Foundation

/// The real SMTP server the tests talk to: aiosmtpd on loopback, started by
/// `Server/smtp_server.py` with the faults a test asks for.
public final class LoopbackSMTPServer: @unchecked Sendable {
    public struct Received: Decodable, Sendable {
        public let mail_from: String
        public let rcpt_tos: [String]
        public let data: String

        /// The Message-ID header's value, as received.
        public var messageID: String? {
            data.split(separator: "\r\n").first { $0.hasPrefix("Message-ID:") }.map { $0.dropFirst("Message-ID:".count).trimmingCharacters(in: .whitespaces) }
        }
    }

    public let port: Int
    public let spool: URL
    private let process: ChildProcess

    static let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Server/smtp_server.py").path

    /// Starts it; `port` nil picks a free one.
    public init(port: Int? = nil, flags: [String] = [], spool: URL? = nil) throws {
        self.spool = spool ?? FileManager.default.temporaryDirectory.appendingPathComponent("reglament-smtp-\(UUID().uuidString)")
        var arguments = [Self.script, "--spool", self.spool.path] + flags
        if let port { arguments += ["--port", String(port)] }
        process = try ChildProcess("python3", arguments)
        guard process.stdout.wait(for: "READY", seconds: 20),
              let line = process.stdout.text.split(separator: "\n").first(where: { $0.hasPrefix("READY ") }),
              let port = Int(line.dropFirst(6))
        else {
            process.kill()
            throw ServerDidNotStart(output: process.stdout.text + process.stderr.text(waiting: .seconds(2)))
        }
        self.port = port
    }

    deinit { stop() }

    public func stop() {
        process.kill()
        _ = process.wait(timeout: .seconds(5))
    }

    /// Every mail it accepted, in order.
    public func received() throws -> [Received] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: spool.path)) ?? []
        return try files.filter { $0.hasSuffix(".json") }
            .sorted { Int($0.dropLast(5)) ?? 0 < Int($1.dropLast(5)) ?? 0 }
            .map { try JSONDecoder().decode(Received.self, from: Data(contentsOf: spool.appendingPathComponent($0))) }
    }

    /// A port nothing listens on (yet).
    public static func freePort() throws -> Int {
        let result = try ExternalTool.python("import socket; s = socket.socket(); s.bind(('127.0.0.1', 0)); print(s.getsockname()[1])", arguments: [])
        guard let port = Int(result.output.trimmingCharacters(in: .whitespacesAndNewlines)) else { throw ServerDidNotStart(output: result.output) }
        return port
    }

    struct ServerDidNotStart: Error, CustomStringConvertible {
        let output: String
        var description: String { "the loopback SMTP server did not start (run the test set-up: bash scripts/test):\n\(output)" }
    }
}

/// A self-signed certificate for `localhost` and 127.0.0.1, made once per run with openssl.
public enum TestCertificate {
    static let folder: URL = FileManager.default.temporaryDirectory.appendingPathComponent("reglament-tls-\(UUID().uuidString)")
    public static var certificate: String { folder.appendingPathComponent("cert.pem").path }
    public static var key: String { folder.appendingPathComponent("key.pem").path }

    static let made: Result<Void, any Error> = Result {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let result = try ExternalTool.run("openssl", [
            "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=localhost",
            "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1", "-keyout", key, "-out", certificate,
        ])
        guard result.status == 0 else { throw LoopbackSMTPServer.ServerDidNotStart(output: result.output) }
    }

    /// The flags that make the server offer STARTTLS (or TLS from the start) with it.
    public static func serverFlags(implicit: Bool = false) throws -> [String] {
        try made.get()
        return ["--tls-cert", certificate, "--tls-key", key] + (implicit ? ["--implicit-tls"] : [])
    }
}
