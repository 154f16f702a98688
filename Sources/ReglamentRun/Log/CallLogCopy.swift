import Foundation

/// A call log moved from one store to another (`reglament db copy`): the
/// tables that carry calls, events, orders, messages, the outbox, people
/// and the telephone system's tokens and pops, row by row, every value as
/// stored. Web sessions and who drives a call are not moved: they belong
/// to the servers of the old store, and end with them.
public enum CallLogCopy {
    /// A column's value as both stores keep it.
    public enum Value: Sendable, Equatable {
        case null
        case integer(Int64)
        case real(Double)
        case text(String)
        case blob(Data)
    }

    public struct Table: Sendable, Equatable {
        public let name: String
        /// Column names as both stores spell them (`"user"` quoted: a reserved word in PostgreSQL).
        public let columns: [String]
        /// Its identity column, whose counter the new store moves past the rows copied.
        public let identity: String?
    }

    /// In an order that copies a row after what it refers to (calls before their events).
    public static let tables: [Table] = [
        Table(name: "calls", columns: [
            "id", "shop", "reference", "version", "script", "operator_name", "direction", "started_at", "ended_at", "outcome", "order_reference",
        ], identity: "id"),
        Table(name: "call_events", columns: ["call_id", "sequence", "at", "kind", "payload"], identity: nil),
        Table(name: "reference_counters", columns: ["shop", "day", "last"], identity: nil),
        Table(name: "orders", columns: ["shop", "reference", "fields", "item_classes", "created_at", "status"], identity: nil),
        Table(name: "messages", columns: ["id", "shop", "reference", "rule", "recipient", "content", "created_at"], identity: "id"),
        Table(name: "confirmation_attempts", columns: ["id", "shop", "order_reference", "call_reference", "at", "result"], identity: "id"),
        Table(name: "outbox", columns: [
            "id", "shop", "reference", "kind", "message_id", "sender", "recipients", "raw", "state", "attempts", "last_reply", "created_at",
            "next_attempt_at", "lease_until", "handed_over_at", "sent_at", "uncertain_handovers",
        ], identity: "id"),
        Table(name: "users", columns: ["name", "role", "password_hash", "created_at", "spoken_name", "language"], identity: nil),
        Table(name: "user_grants", columns: ["\"user\"", "shop"], identity: nil),
        Table(name: "message_follow_ups", columns: ["shop", "reference", "\"user\"", "note", "at"], identity: nil),
        Table(name: "api_tokens", columns: ["id", "label", "hash", "created_at", "revoked_at"], identity: nil),
        Table(name: "screen_pops", columns: ["id", "shop", "caller", "dialed", "created_at", "call_reference"], identity: nil),
    ]

    /// A page of a table's rows and where the next page starts (nil: it was the last).
    public struct Page: Sendable {
        public var rows: [[Value]]
        public var next: Int64?

        public init(rows: [[Value]], next: Int64?) {
            self.rows = rows
            self.next = next
        }
    }
}

/// A store a call log can be copied from.
public protocol CallLogExporting: Sendable {
    func count(of table: CallLogCopy.Table) async throws -> Int
    /// Up to `limit` rows of `table` in the order they were written, from `cursor` (0 for the first page).
    func page(of table: CallLogCopy.Table, from cursor: Int64, limit: Int) async throws -> CallLogCopy.Page
}
