import Foundation
import PostgresNIO
import ReglamentRun

/// A call log copied in from another store (`reglament db copy`): every
/// table of `CallLogCopy` in one transaction, so a copy that fails leaves
/// the database as it was; only into a database with no calls, people or mail yet.
extension PostgresCallStore {
    /// Copies every row; returns each table's count as the new store holds it after the copy.
    public func importLog(from source: any CallLogExporting) async throws -> [(table: String, count: Int)] {
        try await transaction { connection in
            for table in CallLogCopy.tables {
                let held = try await connection.query(PostgresQuery(unsafeSQL: "SELECT EXISTS (SELECT 1 FROM \(table.name))"), logger: self.logger)
                for try await exists in held.decode(Bool.self) where exists { throw StoreError.notEmpty(path: self.location, table: table.name) }
            }
            var counts: [(table: String, count: Int)] = []
            for table in CallLogCopy.tables {
                // PostgreSQL takes at most 65,535 values a statement.
                let limit = min(1000, 65_535 / table.columns.count)
                var cursor: Int64? = 0
                while let from = cursor {
                    let page = try await source.page(of: table, from: from, limit: limit)
                    if !page.rows.isEmpty { try await self.insert(page.rows, into: table, on: connection) }
                    cursor = page.next
                }
                if let identity = table.identity {
                    try await connection.query(PostgresQuery(unsafeSQL: """
                        SELECT setval(pg_get_serial_sequence('\(table.name)', '\(identity)'), COALESCE(MAX(\(identity)), 0) + 1, false) FROM \(table.name)
                        """), logger: self.logger)
                }
                let counted = try await connection.query(PostgresQuery(unsafeSQL: "SELECT COUNT(*) FROM \(table.name)"), logger: self.logger)
                for try await count in counted.decode(Int.self) { counts.append((table.name, count)) }
            }
            return counts
        }
    }

    private func insert(_ rows: [[CallLogCopy.Value]], into table: CallLogCopy.Table, on connection: PostgresConnection) async throws {
        var binds = PostgresBindings(capacity: rows.count * table.columns.count)
        var tuples: [String] = []
        for row in rows {
            let first = binds.count
            for value in row {
                switch value {
                case .null: binds.appendNull()
                case .integer(let number): binds.append(number)
                case .real(let number): binds.append(number)
                case .text(let text): binds.append(text)
                case .blob(let bytes): try binds.append(bytes)
                }
            }
            tuples.append("(" + (first..<binds.count).map { "$\($0 + 1)" }.joined(separator: ", ") + ")")
        }
        try await connection.query(PostgresQuery(unsafeSQL: """
            INSERT INTO \(table.name) (\(table.columns.joined(separator: ", "))) VALUES \(tuples.joined(separator: ", "))
            """, binds: binds), logger: logger)
    }
}
