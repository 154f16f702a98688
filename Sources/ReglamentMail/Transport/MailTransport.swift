import Foundation

/// A way to hand mail over: a folder, the local sendmail, or an SMTP server.
public protocol MailTransport: Sendable {
    /// Opens a session for a batch of mails (one SMTP connection for all).
    func open() async throws -> any MailSession
}

/// One batch's connection. `handOver` is called just before the step after
/// which the server may have accepted the mail (SMTP's final dot), so the
/// outbox can tell an interrupted send that never arrived from one that may have.
public protocol MailSession: Sendable {
    /// The server's reply when it accepted the mail; throws `DeliveryError`.
    func send(_ message: Data, from sender: String, to recipients: [String], handOver: @Sendable () async throws -> Void) async throws -> String
    func close() async
}

/// Why a mail was not delivered, and whether trying again can help.
public enum DeliveryError: Error, Sendable, Equatable, CustomStringConvertible {
    /// 4xx for this mail: try it again later; the next mail may pass.
    case transient(String)
    /// No server, a dropped connection, a timeout: try again later, and
    /// leave the rest of the batch for then too.
    case unreachable(String)
    /// 5xx or a setting that cannot work: trying again will not help.
    case permanent(String)

    public var description: String {
        switch self {
        case .transient(let reply), .unreachable(let reply), .permanent(let reply): reply
        }
    }

    public var isPermanent: Bool {
        if case .permanent = self { return true }
        return false
    }

    public var isUnreachable: Bool {
        if case .unreachable = self { return true }
        return false
    }
}
