import Foundation
import ReglamentModel

/// What the web workspace reads and marks beside a call's own log: the
/// calls put aside, a shop's orders and messages with their mail, the
/// owner's "dealt with" marks, and who drives a call. Every query names
/// its shop: nothing here reads across shops.
public protocol WorkspaceStore: CallStore {
    /// How far call `reference` is and who drives it, in one read (nil: no such call): a server that
    /// keeps the call in memory checks with it that no one else (another server, the terminal) went on.
    func callState(_ reference: String, shop: String) async throws -> CallState?
    /// The shop's calls that have not ended, newest first.
    func openCalls(shop: String) async throws -> [CallRecord]
    /// The shop's orders not yet confirmed (status `new`), oldest first: the confirmation calls to make.
    func unconfirmedOrders(shop: String) async throws -> [OrderRecord]
    /// The shop's calls that ended in an order or a message in `period`, newest first, with their mail.
    func outcomes(shop: String, in period: DateInterval?) async throws -> [OutcomeListing]
    /// Marks the message of call `reference` dealt with; false when the shop has no such message.
    func markDealtWith(message reference: String, shop: String, mark: FollowUp) async throws -> Bool
    /// Makes `user` the one driving the call unless someone else is; returns who drives it now.
    func claimCall(_ reference: String, shop: String, by user: String, at now: Date) async throws -> String
    /// Lets anyone take the call again (the admin's release, or the driver's own).
    func releaseCall(_ reference: String, shop: String) async throws
}

/// What every page of a call asks first.
public struct CallState: Sendable, Equatable {
    /// How many events the call has in the log.
    public var eventCount: Int
    /// Who drives it (nil: no one).
    public var driver: String?

    public init(eventCount: Int, driver: String?) {
        self.eventCount = eventCount
        self.driver = driver
    }
}

/// A call that ended in an order or a message, as the owner's list shows it.
public struct OutcomeListing: Sendable, Equatable {
    public var call: CallRecord
    public var order: OrderRecord?
    public var message: MessageRecord?
    /// Every owner mail of the call (order, message, notifications) with its delivery state.
    public var mails: [MailStatus]
    public var followUp: FollowUp?

    public init(call: CallRecord, order: OrderRecord?, message: MessageRecord?, mails: [MailStatus], followUp: FollowUp?) {
        self.call = call
        self.order = order
        self.message = message
        self.mails = mails
        self.followUp = followUp
    }
}

/// One owner mail's state, as the outbox knows it.
public struct MailStatus: Sendable, Equatable {
    public var kind: OwnerMailKind
    public var state: DeliveryState
    /// The server's last reply (an SMTP line), or nil before any attempt.
    public var lastReply: String?
    public var attempts: Int
    public var sentAt: Date?

    public init(kind: OwnerMailKind, state: DeliveryState, lastReply: String?, attempts: Int, sentAt: Date?) {
        self.kind = kind
        self.state = state
        self.lastReply = lastReply
        self.attempts = attempts
        self.sentAt = sentAt
    }
}

/// The owner called the client back about a message: who, when, and what came of it.
public struct FollowUp: Sendable, Equatable, Codable {
    public var by: String
    public var note: String
    public var at: Date

    public init(by: String, note: String, at: Date) {
        self.by = by
        self.note = note
        self.at = at
    }
}
