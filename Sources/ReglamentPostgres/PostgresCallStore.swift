import Foundation
import Logging
import PostgresNIO
import ReglamentModel
import ReglamentRun

/// The call log on PostgreSQL, for several `reglament serve` processes over
/// one database: the same protocols and the same meaning as `SQLiteCallStore`.
///
/// Every connection runs with `synchronous_commit = on`, and every write is
/// one transaction committed before its method returns: a step is on the
/// server's disk before the next is shown. Writes on one call lock the
/// call's row, so two servers never interleave a call's events.
///
/// Lifecycle: the store owns its connection pool (`PostgresClient`) and the
/// task that runs it, started by `init` and ended by `close()` (or when the
/// store is released). Nothing else needs running.
public final class PostgresCallStore: CallStore, Sendable {
    let client: PostgresClient
    /// The URL without its password: what errors name.
    public let location: String
    private let running: Task<Void, Never>
    /// PostgresNIO's own log, errors only; queries are never logged with their values.
    let logger: Logger

    /// Connects, and brings the tables up to date (under an advisory lock, so servers starting together take turns).
    public init(_ location: PostgresLocation, maximumConnections: Int = 20) async throws {
        self.location = location.description
        var logger = Logger(label: "reglament.postgres")
        logger.logLevel = .error
        self.logger = logger
        var configuration = switch location.endpoint {
        case .tcp(let host, let port):
            PostgresClient.Configuration(
                host: host, port: port, username: location.user, password: location.password, database: location.database,
                tls: Self.tls(location.tls))
        case .socket(let path):
            PostgresClient.Configuration(unixSocketPath: path, username: location.user, password: location.password, database: location.database)
        }
        configuration.options.additionalStartupParameters = [("synchronous_commit", "on"), ("application_name", "reglament")]
        configuration.options.maximumConnections = maximumConnections
        configuration.options.connectTimeout = .seconds(10)
        let client = PostgresClient(configuration: configuration, backgroundLogger: logger)
        self.client = client
        running = Task { await client.run() }
        do {
            // One connection of its own first: the pool retries a server that is not there for a minute
            // and then says only that; this says at once what is wrong (no server, no database, no login).
            try await Self.probe(location, logger: logger)
            try await client.withConnection { connection in
                try await PostgresCallDatabaseSchema.migrate(connection, logger: logger)
            }
        } catch {
            running.cancel()
            throw StoreError.from(error, location: self.location)
        }
    }

    deinit { running.cancel() }

    /// Closes the pool's connections; the store answers nothing after.
    public func close() async {
        running.cancel()
        await running.value
    }

    private static func probe(_ location: PostgresLocation, logger: Logger) async throws {
        var configuration: PostgresConnection.Configuration
        switch location.endpoint {
        case .tcp(let host, let port):
            let tls: PostgresConnection.Configuration.TLS = switch location.tls {
            case .disable: .disable
            case .prefer: .prefer(try NIOSSLContext(configuration: .makeClientConfiguration()))
            case .require: .require(try NIOSSLContext(configuration: .makeClientConfiguration()))
            }
            configuration = PostgresConnection.Configuration(
                host: host, port: port, username: location.user, password: location.password, database: location.database, tls: tls)
        case .socket(let path):
            configuration = PostgresConnection.Configuration(
                unixSocketPath: path, username: location.user, password: location.password, database: location.database)
        }
        configuration.options.connectTimeout = .seconds(10)
        let connection = try await PostgresConnection.connect(configuration: configuration, id: 0, logger: logger)
        try? await connection.close()
    }

    private static func tls(_ mode: PostgresLocation.TLSMode) -> PostgresClient.Configuration.TLS {
        switch mode {
        case .disable: .disable
        case .prefer: .prefer(.makeClientConfiguration())
        case .require: .require(.makeClientConfiguration())
        }
    }

    /// What the server runs this store's connections with, for checks: `synchronous_commit`, `fsync`.
    public func setting(_ name: String) async throws -> String {
        try await rows(PostgresQuery(unsafeSQL: "SELECT current_setting($1)", binds: Self.binds([name]))).first?.decode(String.self) ?? ""
    }

    // MARK: - Calls

    public func beginCall(
        shop: String, prefix: String, version: String, script: String, operatorName: String,
        direction: CallDirection, orderReference: String?, at: Date
    ) async throws -> CallRecord {
        let day = StoredForm.day(of: at)
        return try await transaction { connection in
            // One statement: servers taking calls together each get their own number.
            let counted = try await connection.query("""
                INSERT INTO reference_counters (shop, day, last) VALUES (\(shop), \(day), 1)
                ON CONFLICT (shop, day) DO UPDATE SET last = reference_counters.last + 1
                RETURNING last
                """, logger: self.logger)
            var number = 1
            for try await last in counted.decode(Int.self) { number = last }
            let reference = StoredForm.reference(prefix: prefix, day: day, number: number)
            try await connection.query("""
                INSERT INTO calls (shop, reference, version, script, operator_name, direction, started_at, order_reference)
                VALUES (\(shop), \(reference), \(version), \(script), \(operatorName), \(direction.rawValue), \(at.timeIntervalSince1970), \(orderReference))
                """, logger: self.logger)
            return CallRecord(
                shop: shop, reference: reference, version: version, script: script, operatorName: operatorName,
                direction: direction, startedAt: at, orderReference: orderReference)
        }
    }

    public func append(_ events: [CallEvent], toCall reference: String, shop: String) async throws {
        guard !events.isEmpty else { return }
        let payloads = try events.map { try StoredForm.encode($0.kind) }
        try await transaction { connection in
            let call = try await self.lockedCall(reference, shop: shop, on: connection)
            try await self.insert(events, payloads: payloads, callID: call.id, reference: reference, on: connection)
        }
    }

    /// The call's id and outcome, its row locked to the end of the transaction: one writer per call at a time.
    private func lockedCall(_ reference: String, shop: String, on connection: PostgresConnection) async throws -> (id: Int64, outcome: String?) {
        let rows = try await connection.query(
            "SELECT id, outcome FROM calls WHERE shop = \(shop) AND reference = \(reference) FOR UPDATE", logger: logger)
        for try await (id, outcome) in rows.decode((Int64, String?).self) { return (id, outcome) }
        throw StoreError.unknownCall(reference)
    }

    private func insert(_ events: [CallEvent], payloads: [String], callID: Int64, reference: String, on connection: PostgresConnection) async throws {
        var last = 0
        for try await maximum in try await connection.query(
            "SELECT COALESCE(MAX(sequence), 0) FROM call_events WHERE call_id = \(callID)", logger: logger
        ).decode(Int.self) { last = maximum }
        for (event, payload) in zip(events, payloads) {
            guard event.sequence == last + 1 else { throw StoreError.outOfOrder(call: reference, expected: last + 1, got: event.sequence) }
            try await connection.query("""
                INSERT INTO call_events (call_id, sequence, at, kind, payload)
                VALUES (\(callID), \(event.sequence), \(event.at.timeIntervalSince1970), \(StoredForm.name(of: event.kind)), \(payload))
                """, logger: logger)
            last = event.sequence
        }
    }

    public func events(ofCall reference: String, shop: String) async throws -> [CallEvent] {
        let found = try await rows("""
            SELECT e.sequence, e.at, e.payload FROM calls c LEFT JOIN call_events e ON e.call_id = c.id
            WHERE c.shop = \(shop) AND c.reference = \(reference) ORDER BY e.sequence
            """)
        guard !found.isEmpty else { throw StoreError.unknownCall(reference) }
        return try found.compactMap { row in
            let (sequence, at, payload) = try row.decode((Int?, Double?, String?).self)
            guard let sequence, let at, let payload else { return nil }
            return CallEvent(
                sequence: sequence, at: Date(timeIntervalSince1970: at),
                kind: try JSONDecoder().decode(CallEvent.Kind.self, from: Data(payload.utf8)))
        }
    }

    public func call(_ reference: String, shop: String) async throws -> CallRecord? {
        try await rows("SELECT \(unescaped: Self.callColumns) FROM calls WHERE shop = \(shop) AND reference = \(reference)")
            .first.map(Self.callRecord)
    }

    public func finish(
        call reference: String, shop: String, outcome: Outcome, at: Date, order: OrderRecord?, message: MessageRecord?,
        mail: [OutboxMail], events: [CallEvent]
    ) async throws {
        let payloads = try events.map { try StoredForm.encode($0.kind) }
        let orderColumns = try order.map { (try StoredForm.encode($0.fields), try StoredForm.encode($0.itemClasses)) }
        let content = try message.map { try StoredForm.encode($0.content) }
        let recipients = try mail.map { try StoredForm.encode($0.recipients) }
        try await transaction { connection in
            let call = try await self.lockedCall(reference, shop: shop, on: connection)
            if call.outcome != nil { throw StoreError.callAlreadyEnded(reference) }
            try await self.insert(events, payloads: payloads, callID: call.id, reference: reference, on: connection)
            try await connection.query(
                "UPDATE calls SET outcome = \(outcome.rawValue), ended_at = \(at.timeIntervalSince1970) WHERE id = \(call.id)", logger: self.logger)
            if let order, let (fields, classes) = orderColumns {
                try await connection.query("""
                    INSERT INTO orders (shop, reference, fields, item_classes, created_at, status)
                    VALUES (\(order.shop), \(order.reference), \(fields), \(classes), \(order.createdAt.timeIntervalSince1970), \(order.status.rawValue))
                    """, logger: self.logger)
            }
            if let message, let content {
                try await connection.query("""
                    INSERT INTO messages (shop, reference, rule, recipient, content, created_at)
                    VALUES (\(message.shop), \(message.reference), \(message.rule), \(message.recipient), \(content), \(message.createdAt.timeIntervalSince1970))
                    """, logger: self.logger)
            }
            for (item, recipients) in zip(mail, recipients) { try await self.insert(item, recipients: recipients, on: connection) }
        }
    }

    // MARK: - Orders, confirmations, messages

    public func order(_ reference: String, shop: String) async throws -> OrderRecord? {
        try await rows("SELECT \(unescaped: Self.orderColumns) FROM orders WHERE shop = \(shop) AND reference = \(reference)")
            .first.map(Self.orderRecord)
    }

    public func updateOrderStatus(_ reference: String, shop: String, status: OrderStatus) async throws {
        let changed = try await rows(
            "UPDATE orders SET status = \(status.rawValue) WHERE shop = \(shop) AND reference = \(reference) RETURNING 1")
        if changed.isEmpty { throw StoreError.unknownCall(reference) }
    }

    public func recordAttempt(_ attempt: ConfirmationAttempt) async throws {
        try await rows("""
            INSERT INTO confirmation_attempts (shop, order_reference, call_reference, at, result)
            VALUES (\(attempt.shop), \(attempt.orderReference), \(attempt.callReference), \(attempt.at.timeIntervalSince1970), \(attempt.result.rawValue))
            """)
    }

    public func attempts(forOrder reference: String, shop: String) async throws -> [ConfirmationAttempt] {
        try await rows("""
            SELECT shop, order_reference, call_reference, at, result FROM confirmation_attempts
            WHERE shop = \(shop) AND order_reference = \(reference) ORDER BY at, id
            """).map { row in
            let (shop, order, call, at, result) = try row.decode((String, String, String?, Double, String).self)
            return ConfirmationAttempt(
                shop: shop, orderReference: order, callReference: call, at: Date(timeIntervalSince1970: at),
                result: ConfirmationResult(rawValue: result) ?? .noAnswer)
        }
    }

    public func orders(withField field: String, equalTo value: String, shop: String) async throws -> [String] {
        try await rows("""
            SELECT reference FROM orders WHERE shop = \(shop) AND (fields::jsonb ->> \(field)) = \(value) ORDER BY created_at
            """).map { try $0.decode(String.self) }
    }

    public func message(_ reference: String, shop: String) async throws -> MessageRecord? {
        try await rows("SELECT \(unescaped: Self.messageColumns) FROM messages WHERE shop = \(shop) AND reference = \(reference)")
            .first.map(Self.messageRecord)
    }

    // MARK: - Helpers

    /// Runs `body` in one transaction, committed before it returns; errors as `StoreError` (the URL, never the SQL).
    func transaction<T: Sendable>(_ body: @Sendable (PostgresConnection) async throws -> T) async throws -> T {
        do {
            return try await client.withTransaction(logger: logger) { connection in try await body(connection) }
        } catch {
            throw StoreError.from(error, location: location)
        }
    }

    /// One statement on its own (committed when it returns), its rows collected.
    @discardableResult
    func rows(_ query: PostgresQuery) async throws -> [PostgresRow] {
        do {
            return try await client.query(query, logger: logger).collect()
        } catch {
            throw StoreError.from(error, location: location)
        }
    }

    static func binds(_ values: [String]) -> PostgresBindings {
        var binds = PostgresBindings()
        for value in values { binds.append(value) }
        return binds
    }

    static let callColumns = "shop, reference, version, script, operator_name, direction, started_at, ended_at, outcome, order_reference"
    static let orderColumns = "shop, reference, fields, item_classes, created_at, status"
    static let messageColumns = "shop, reference, rule, recipient, content, created_at"

    static func callRecord(_ row: PostgresRow) throws -> CallRecord {
        let (shop, reference, version, script, operatorName, direction, startedAt, endedAt, outcome, orderReference) =
            try row.decode((String, String, String, String, String, String, Double, Double?, String?, String?).self)
        return CallRecord(
            shop: shop, reference: reference, version: version, script: script, operatorName: operatorName,
            direction: CallDirection(rawValue: direction) ?? .inbound, startedAt: Date(timeIntervalSince1970: startedAt),
            endedAt: endedAt.map(Date.init(timeIntervalSince1970:)), outcome: outcome.flatMap(Outcome.init(rawValue:)),
            orderReference: orderReference)
    }

    static func orderRecord(_ row: PostgresRow) throws -> OrderRecord {
        let (shop, reference, fields, classes, createdAt, status) = try row.decode((String, String, String, String, Double, String).self)
        return OrderRecord(
            shop: shop, reference: reference, fields: try JSONDecoder().decode([String: String].self, from: Data(fields.utf8)),
            itemClasses: try JSONDecoder().decode([String: [[String]]].self, from: Data(classes.utf8)),
            createdAt: Date(timeIntervalSince1970: createdAt), status: OrderStatus(rawValue: status) ?? .new)
    }

    static func messageRecord(_ row: PostgresRow) throws -> MessageRecord {
        let (shop, reference, rule, recipient, content, createdAt) = try row.decode((String, String, String?, String, String, Double).self)
        return MessageRecord(
            shop: shop, reference: reference, rule: rule, recipient: recipient,
            content: try JSONDecoder().decode([String: String].self, from: Data(content.utf8)), createdAt: Date(timeIntervalSince1970: createdAt))
    }



}
