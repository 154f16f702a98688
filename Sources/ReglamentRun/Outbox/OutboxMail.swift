import Foundation

/// One email in the outbox: rendered once, when the call's outcome is
/// stored, and kept byte for byte until it is delivered, so every attempt
/// sends the same message with the same Message-ID.
public struct OutboxMail: Sendable, Equatable {
    /// The store's number for it; nil until it is stored.
    public var id: Int64?
    public var shop: String
    /// The call's reference, which the subject also carries.
    public var reference: String
    /// A call queues at most one of each kind.
    public var kind: OwnerMailKind
    /// `<...@...>`, stable across attempts.
    public var messageID: String
    /// The envelope sender and recipients (bare addresses).
    public var sender: String
    public var recipients: [String]
    /// The whole RFC 5322 message, CRLF line ends.
    public var raw: Data
    public var state: DeliveryState
    public var attempts: Int
    /// The server's last reply (or the transport's error), for the owner to read.
    public var lastReply: String?
    public var createdAt: Date
    public var nextAttemptAt: Date
    public var sentAt: Date?
    /// Attempts whose end is unknown: the mail was handed over (SMTP's final
    /// dot) and no reply came — the connection dropped, the reply timed out,
    /// or the worker died. Each may have delivered it; the mail was queued
    /// again all the same and goes out with the same Message-ID, so a mail
    /// with one and `state == .sent` may have been delivered twice.
    public var uncertainHandOvers: Int

    public init(
        id: Int64? = nil, shop: String, reference: String, kind: OwnerMailKind, messageID: String, sender: String, recipients: [String],
        raw: Data, state: DeliveryState = .queued, attempts: Int = 0, lastReply: String? = nil,
        createdAt: Date, nextAttemptAt: Date? = nil, sentAt: Date? = nil, uncertainHandOvers: Int = 0
    ) {
        self.id = id
        self.shop = shop
        self.reference = reference
        self.kind = kind
        self.messageID = messageID
        self.sender = sender
        self.recipients = recipients
        self.raw = raw
        self.state = state
        self.attempts = attempts
        self.lastReply = lastReply
        self.createdAt = createdAt
        self.nextAttemptAt = nextAttemptAt ?? createdAt
        self.sentAt = sentAt
        self.uncertainHandOvers = uncertainHandOvers
    }

    /// Possibly in the recipient's mailbox more than once: one copy for
    /// each uncertain hand-over, besides the one the server accepted.
    public var mayBeDuplicated: Bool { state == .sent && uncertainHandOvers > 0 }
}

/// Where a mail is on its way to the owner.
public enum DeliveryState: String, Sendable, Codable, CaseIterable {
    /// Waiting for its next attempt (`nextAttemptAt`).
    case queued
    /// A worker holds it and is talking to the server.
    case sending
    /// The server accepted it.
    case sent
    /// Given up: refused by the server, or undelivered for longer than the
    /// retry policy allows.
    case failed
}

/// What a mail to the owner (or a contact) is about; its templates are
/// named after it (`order-email.txt`).
public enum OwnerMailKind: String, Codable, Sendable, CaseIterable {
    case order, message
    /// A `notify` escalation: the contact is told, the call goes on.
    case notification
}
