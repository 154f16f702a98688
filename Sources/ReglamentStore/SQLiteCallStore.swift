import Foundation
import GRDB
import ReglamentModel
import ReglamentRun

/// The embedded default store: one SQLite file in WAL mode with
/// `synchronous=FULL`, so an event is on disk when `append` returns and a
/// runner killed at any moment loses nothing. Several runners (operators)
/// may share the file.
public final class SQLiteCallStore: CallStore {
    /// Internal, not private: the audit's queries live in `SQLiteCallStore+CallLogReader.swift`.
    let database: DatabasePool
    public let path: String
    private let busySeconds: Int

    /// How hard each commit holds on to the disk.
    public enum Durability: Sendable {
        /// Every step on disk before the next is shown: live calls.
        case full
        /// Commits left to the operating system (`synchronous=OFF`): only for
        /// generating test logs in bulk, which a crash may simply redo.
        case bulk
    }

    /// How long a connection waits for another process's write lock (a step
    /// being committed, a migration) before the store gives up with `StoreError.busy`.
    public static let defaultBusyTimeout = 10

    /// Opens the file, or makes it: an existing file is checked first
    /// (`IntegrityCheck`), and the tables are brought up to date.
    public init(path: String, durability: Durability = .full, busyTimeout seconds: Int = SQLiteCallStore.defaultBusyTimeout) throws {
        self.path = path
        busySeconds = seconds
        var configuration = Configuration()
        configuration.busyMode = .timeout(TimeInterval(seconds))
        configuration.prepareDatabase { db in
            try db.execute(sql: durability == .full ? "PRAGMA synchronous = FULL" : "PRAGMA synchronous = OFF")
            // Checkpoints copy the WAL back into the file inside a commit; ten
            // times rarer than SQLite's default keeps them out of the step
            // times operators wait on (the WAL grows to about 40 MB between them).
            try db.execute(sql: "PRAGMA wal_autocheckpoint = 10000")
        }
        do {
            try FileManager.default.createDirectory(
                at: URL(fileURLWithPath: path).deletingLastPathComponent(), withIntermediateDirectories: true)
        } catch {
            throw StoreError.cannotOpen(path: path, reason: error.localizedDescription)
        }
        do {
            database = try Self.retryingWhileBusy(for: seconds) {
                try IntegrityCheck.run(path: path, configuration: configuration)
                let database = try DatabasePool(path: path, configuration: configuration)
                try CallDatabaseSchema.migrate(database)
                return database
            }
        } catch let error as DatabaseError {
            throw StoreError(error, path: path, busySeconds: seconds)
        }
    }

    /// SQLite answers some lock conflicts at once instead of waiting: when
    /// processes open a new file together, each turns it to WAL, and all but
    /// one must give way. Those are tried again until the busy timeout.
    private static func retryingWhileBusy<T>(for seconds: Int, _ open: () throws -> T) throws -> T {
        let deadline = Date().addingTimeInterval(TimeInterval(seconds))
        while true {
            do {
                return try open()
            } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY && Date() < deadline {
                Thread.sleep(forTimeInterval: .random(in: 0.01...0.05))
            }
        }
    }

    /// The journal mode and synchronous level of the open connection, for checks.
    public func settings() throws -> (journalMode: String, synchronous: Int) {
        do {
            return try database.read { db in
                (try String.fetchOne(db, sql: "PRAGMA journal_mode") ?? "", try Int.fetchOne(db, sql: "PRAGMA synchronous") ?? -1)
            }
        } catch let error as DatabaseError {
            throw StoreError(error, path: path, busySeconds: busySeconds)
        }
    }

    // MARK: - Calls

    public func beginCall(
        shop: String, prefix: String, version: String, script: String, operatorName: String,
        direction: CallDirection, orderReference: String?, at: Date
    ) async throws -> CallRecord {
        try await write { db in
            let day = StoredForm.day(of: at)
            try db.execute(sql: """
                INSERT INTO reference_counters (shop, day, last) VALUES (?, ?, 1)
                ON CONFLICT (shop, day) DO UPDATE SET last = last + 1
                """, arguments: [shop, day])
            let number = try Int.fetchOne(db, sql: "SELECT last FROM reference_counters WHERE shop = ? AND day = ?", arguments: [shop, day]) ?? 1
            let reference = StoredForm.reference(prefix: prefix, day: day, number: number)
            let record = CallRecord(
                shop: shop, reference: reference, version: version, script: script, operatorName: operatorName,
                direction: direction, startedAt: at, orderReference: orderReference)
            try db.execute(sql: """
                INSERT INTO calls (shop, reference, version, script, operator_name, direction, started_at, order_reference)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [shop, reference, version, script, operatorName, direction.rawValue, at.timeIntervalSince1970, orderReference])
            return record
        }
    }

    public func append(_ events: [CallEvent], toCall reference: String, shop: String) async throws {
        guard !events.isEmpty else { return }
        let payloads = try events.map { try StoredForm.encode($0.kind) }
        // One transaction, one sync to disk, for all the events of a step.
        try await write { db in
            try Self.insert(events, payloads: payloads, callID: try Self.callID(reference, shop: shop, in: db), reference: reference, in: db)
        }
    }

    private static func insert(_ events: [CallEvent], payloads: [String], callID: Int64, reference: String, in db: Database) throws {
        var last = try Int.fetchOne(db, sql: "SELECT MAX(sequence) FROM call_events WHERE call_id = ?", arguments: [callID]) ?? 0
        for (event, payload) in zip(events, payloads) {
            guard event.sequence == last + 1 else { throw StoreError.outOfOrder(call: reference, expected: last + 1, got: event.sequence) }
            try db.execute(
                sql: "INSERT INTO call_events (call_id, sequence, at, kind, payload) VALUES (?, ?, ?, ?, ?)",
                arguments: [callID, event.sequence, event.at.timeIntervalSince1970, StoredForm.name(of: event.kind), payload])
            last = event.sequence
        }
    }

    public func events(ofCall reference: String, shop: String) async throws -> [CallEvent] {
        try await read { db in
            let callID = try Self.callID(reference, shop: shop, in: db)
            let rows = try Row.fetchAll(db, sql: "SELECT sequence, at, payload FROM call_events WHERE call_id = ? ORDER BY sequence", arguments: [callID])
            return try rows.map { row in
                CallEvent(
                    sequence: row["sequence"], at: Date(timeIntervalSince1970: row["at"]),
                    kind: try JSONDecoder().decode(CallEvent.Kind.self, from: Data((row["payload"] as String).utf8)))
            }
        }
    }

    public func call(_ reference: String, shop: String) async throws -> CallRecord? {
        try await read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM calls WHERE shop = ? AND reference = ?", arguments: [shop, reference]).map(Self.callRecord)
        }
    }

    public func finish(
        call reference: String, shop: String, outcome: Outcome, at: Date, order: OrderRecord?, message: MessageRecord?,
        mail: [OutboxMail], events: [CallEvent]
    ) async throws {
        let payloads = try events.map { try StoredForm.encode($0.kind) }
        try await write { db in
            let callID = try Self.callID(reference, shop: shop, in: db)
            if try String.fetchOne(db, sql: "SELECT outcome FROM calls WHERE id = ?", arguments: [callID]) != nil {
                throw StoreError.callAlreadyEnded(reference)
            }
            try Self.insert(events, payloads: payloads, callID: callID, reference: reference, in: db)
            try db.execute(sql: "UPDATE calls SET outcome = ?, ended_at = ? WHERE id = ?", arguments: [outcome.rawValue, at.timeIntervalSince1970, callID])
            if let order {
                try db.execute(
                    sql: "INSERT INTO orders (shop, reference, fields, item_classes, created_at, status) VALUES (?, ?, ?, ?, ?, ?)",
                    arguments: [
                        order.shop, order.reference, try StoredForm.encode(order.fields), try StoredForm.encode(order.itemClasses),
                        order.createdAt.timeIntervalSince1970, order.status.rawValue,
                    ])
            }
            if let message {
                try db.execute(sql: """
                    INSERT INTO messages (shop, reference, rule, recipient, content, created_at) VALUES (?, ?, ?, ?, ?, ?)
                    """, arguments: [
                        message.shop, message.reference, message.rule, message.recipient, try StoredForm.encode(message.content),
                        message.createdAt.timeIntervalSince1970,
                    ])
            }
            for item in mail { try Self.insert(item, in: db) }
        }
    }

    // MARK: - Orders, confirmations, messages

    public func order(_ reference: String, shop: String) async throws -> OrderRecord? {
        try await read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM orders WHERE shop = ? AND reference = ?", arguments: [shop, reference]).map(Self.orderRecord)
        }
    }

    public func updateOrderStatus(_ reference: String, shop: String, status: OrderStatus) async throws {
        try await write { db in
            try db.execute(sql: "UPDATE orders SET status = ? WHERE shop = ? AND reference = ?", arguments: [status.rawValue, shop, reference])
            if db.changesCount == 0 { throw StoreError.unknownCall(reference) }
        }
    }

    public func recordAttempt(_ attempt: ConfirmationAttempt) async throws {
        try await write { db in
            try db.execute(
                sql: "INSERT INTO confirmation_attempts (shop, order_reference, call_reference, at, result) VALUES (?, ?, ?, ?, ?)",
                arguments: [attempt.shop, attempt.orderReference, attempt.callReference, attempt.at.timeIntervalSince1970, attempt.result.rawValue])
        }
    }

    public func attempts(forOrder reference: String, shop: String) async throws -> [ConfirmationAttempt] {
        try await read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM confirmation_attempts WHERE shop = ? AND order_reference = ? ORDER BY at, id", arguments: [shop, reference]).map { row in
                ConfirmationAttempt(
                    shop: row["shop"], orderReference: row["order_reference"], callReference: row["call_reference"],
                    at: Date(timeIntervalSince1970: row["at"]), result: ConfirmationResult(rawValue: row["result"]) ?? .noAnswer)
            }
        }
    }

    public func orders(withField field: String, equalTo value: String, shop: String) async throws -> [String] {
        try await read { db in
            // The path quotes the field id: ids may hold dashes and dots.
            let path = "$.\"" + field.replacingOccurrences(of: "\"", with: "") + "\""
            return try String.fetchAll(
                db, sql: "SELECT reference FROM orders WHERE shop = ? AND json_extract(fields, ?) = ? ORDER BY created_at",
                arguments: [shop, path, value])
        }
    }

    public func message(_ reference: String, shop: String) async throws -> MessageRecord? {
        try await read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM messages WHERE shop = ? AND reference = ?", arguments: [shop, reference]).map(Self.messageRecord)
        }
    }

    // MARK: - Helpers

    /// Runs `body` in a write transaction, SQLite's errors as `StoreError`
    /// (the file's name, never the SQL); every query of the store goes through it or `read`.
    func write<T: Sendable>(_ body: @Sendable @escaping (Database) throws -> T) async throws -> T {
        do {
            return try await database.write(body)
        } catch let error as DatabaseError {
            throw StoreError(error, path: path, busySeconds: busySeconds)
        }
    }

    func read<T: Sendable>(_ body: @Sendable @escaping (Database) throws -> T) async throws -> T {
        do {
            return try await database.read(body)
        } catch let error as DatabaseError {
            throw StoreError(error, path: path, busySeconds: busySeconds)
        }
    }

    private static func callID(_ reference: String, shop: String, in db: Database) throws -> Int64 {
        guard let id = try Int64.fetchOne(db, sql: "SELECT id FROM calls WHERE shop = ? AND reference = ?", arguments: [shop, reference]) else {
            throw StoreError.unknownCall(reference)
        }
        return id
    }

    static func orderRecord(_ row: Row) throws -> OrderRecord {
        OrderRecord(
            shop: row["shop"], reference: row["reference"],
            fields: try JSONDecoder().decode([String: String].self, from: Data((row["fields"] as String).utf8)),
            itemClasses: try JSONDecoder().decode([String: [[String]]].self, from: Data((row["item_classes"] as String).utf8)),
            createdAt: Date(timeIntervalSince1970: row["created_at"]), status: OrderStatus(rawValue: row["status"]) ?? .new)
    }

    static func messageRecord(_ row: Row) throws -> MessageRecord {
        MessageRecord(
            shop: row["shop"], reference: row["reference"], rule: row["rule"], recipient: row["recipient"],
            content: try JSONDecoder().decode([String: String].self, from: Data((row["content"] as String).utf8)),
            createdAt: Date(timeIntervalSince1970: row["created_at"]))
    }

    static func callRecord(_ row: Row) -> CallRecord {
        CallRecord(
            shop: row["shop"], reference: row["reference"], version: row["version"], script: row["script"],
            operatorName: row["operator_name"], direction: CallDirection(rawValue: row["direction"]) ?? .inbound,
            startedAt: Date(timeIntervalSince1970: row["started_at"]),
            endedAt: (row["ended_at"] as Double?).map(Date.init(timeIntervalSince1970:)),
            outcome: (row["outcome"] as String?).flatMap(Outcome.init(rawValue:)), orderReference: row["order_reference"])
    }



}
