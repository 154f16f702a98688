import Foundation
import NIOCore
import NIOSSL

/// `smtp://` and `smtps://`: a small, complete SMTP client (RFC 5321) —
/// EHLO, STARTTLS (RFC 3207), AUTH PLAIN and LOGIN (RFC 4954), MAIL FROM,
/// RCPT TO, DATA with dot-stuffing, QUIT — one connection per batch.
public struct SMTPTransport: MailTransport {
    public enum Security: String, Sendable {
        /// STARTTLS when the server offers it, plain text when it does not.
        case opportunistic
        /// STARTTLS or nothing: refuse a server that does not offer it.
        case required
        /// TLS from the first byte (`smtps://`, usually port 465).
        case implicit
    }

    public var host: String
    public var port: Int
    public var security: Security
    public var username: String?
    public var password: String?
    /// PEM file of the certificates to trust instead of the system's (a private CA, a test server).
    public var trustedCertificates: String?
    public var timeout: Duration

    public init(
        host: String, port: Int, security: Security = .opportunistic, username: String? = nil, password: String? = nil,
        trustedCertificates: String? = nil, timeout: Duration = .seconds(30)
    ) {
        self.host = host
        self.port = port
        self.security = security
        self.username = username
        self.password = password
        self.trustedCertificates = trustedCertificates
        self.timeout = timeout
    }

    public func open() async throws -> any MailSession {
        let tls = try tlsContext()
        let timeout = TimeAmount.seconds(timeout.components.seconds)
        let connection = try await SMTPConnection.connect(host: host, port: port, tls: security == .implicit ? tls : nil, timeout: timeout)
        do {
            try await greet(connection, tls: tls)
            return SMTPSession(connection: connection)
        } catch {
            await connection.close()
            throw error
        }
    }

    /// Greeting, EHLO, STARTTLS and AUTH: the connection is ready for mail.
    private func greet(_ connection: SMTPConnection, tls: NIOSSLContext) async throws {
        let greeting = try await connection.reply()
        guard greeting.code == 220 else { throw greeting.refusal(to: "greeting") }
        var hello = try await ehlo(connection)
        if security != .implicit {
            if hello.extensions.contains("STARTTLS") {
                let reply = try await connection.command("STARTTLS")
                guard reply.code == 220 else { throw reply.refusal(to: "STARTTLS") }
                try await connection.startTLS(tls, host: host)
                hello = try await ehlo(connection)
            } else if security == .required {
                throw DeliveryError.permanent("\(host):\(port) does not offer STARTTLS and tls=required")
            }
        }
        if let username {
            try await authenticate(connection, offered: hello.extensions, username: username, password: password ?? "")
        }
    }

    private func ehlo(_ connection: SMTPConnection) async throws -> SMTPReply {
        let reply = try await connection.command("EHLO \(Self.clientName)")
        guard reply.code == 250 else { throw reply.refusal(to: "EHLO") }
        return reply
    }

    private func authenticate(_ connection: SMTPConnection, offered: [String], username: String, password: String) async throws {
        let mechanisms = offered.first { $0.hasPrefix("AUTH ") || $0.hasPrefix("AUTH=") }?.dropFirst(5).split(separator: " ") ?? []
        if mechanisms.contains("PLAIN") {
            let reply = try await connection.command("AUTH PLAIN " + Base64.encode("\0\(username)\0\(password)"))
            guard reply.code == 235 else { throw reply.refusal(to: "AUTH PLAIN") }
        } else if mechanisms.contains("LOGIN") {
            var reply = try await connection.command("AUTH LOGIN")
            guard reply.code == 334 else { throw reply.refusal(to: "AUTH LOGIN") }
            reply = try await connection.command(Base64.encode(username))
            guard reply.code == 334 else { throw reply.refusal(to: "AUTH LOGIN") }
            reply = try await connection.command(Base64.encode(password))
            guard reply.code == 235 else { throw reply.refusal(to: "AUTH LOGIN") }
        } else {
            throw DeliveryError.permanent("\(host):\(port) offers no AUTH PLAIN or LOGIN (offered: \(mechanisms.joined(separator: " ")))")
        }
    }

    private func tlsContext() throws -> NIOSSLContext {
        var configuration = TLSConfiguration.makeClientConfiguration()
        if let trustedCertificates {
            do {
                configuration.trustRoots = .certificates(try NIOSSLCertificate.fromPEMFile(trustedCertificates))
            } catch {
                throw DeliveryError.permanent("cannot read the certificates in '\(trustedCertificates)': \(error)")
            }
        }
        do {
            return try NIOSSLContext(configuration: configuration)
        } catch {
            throw DeliveryError.permanent("cannot set up TLS: \(error)")
        }
    }

    /// The name this machine gives in EHLO.
    static var clientName: String {
        let name = ProcessInfo.processInfo.hostName
        return name.isEmpty || name.contains(" ") ? "localhost" : name
    }
}

/// Mail over an open, greeted connection.
final class SMTPSession: MailSession {
    private let connection: SMTPConnection

    init(connection: SMTPConnection) {
        self.connection = connection
    }

    func send(_ message: Data, from sender: String, to recipients: [String], handOver: @Sendable () async throws -> Void) async throws -> String {
        do {
            return try await transaction(message, from: sender, to: recipients, handOver: handOver)
        } catch let error as DeliveryError {
            // A refused mail leaves the connection usable for the next one.
            if !error.isUnreachable { _ = try? await connection.command("RSET") }
            throw error
        }
    }

    private func transaction(_ message: Data, from sender: String, to recipients: [String], handOver: @Sendable () async throws -> Void) async throws -> String {
        let from = try await connection.command("MAIL FROM:<\(sender)>")
        guard from.code == 250 else { throw from.refusal(to: "MAIL FROM") }
        for recipient in recipients {
            let reply = try await connection.command("RCPT TO:<\(recipient)>")
            guard reply.code == 250 || reply.code == 251 else { throw reply.refusal(to: "RCPT TO <\(recipient)>") }
        }
        let data = try await connection.command("DATA")
        guard data.code == 354 else { throw data.refusal(to: "DATA") }
        try await connection.write(DotStuffing.body(message))
        try await handOver()
        var end = ByteBuffer()
        end.writeString(".\r\n")
        let accepted = try await connection.send(end)
        guard accepted.code == 250 else { throw accepted.refusal(to: "end of DATA") }
        return accepted.description
    }

    func close() async {
        _ = try? await connection.command("QUIT")
        await connection.close()
    }
}
