import Foundation
import GRDB
import ReglamentRun

/// The file's rows for `reglament db copy`, page by page in rowid order
/// (for the events, the order they were appended).
extension SQLiteCallStore: CallLogExporting {
    public func count(of table: CallLogCopy.Table) async throws -> Int {
        try await read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table.name)") ?? 0 }
    }

    public func page(of table: CallLogCopy.Table, from cursor: Int64, limit: Int) async throws -> CallLogCopy.Page {
        try await read { db in
            let rows = try Row.fetchAll(
                db, sql: "SELECT rowid, \(table.columns.joined(separator: ", ")) FROM \(table.name) WHERE rowid > ? ORDER BY rowid LIMIT ?",
                arguments: [cursor, limit])
            let values = rows.map { row in
                (1..<row.count).map { index -> CallLogCopy.Value in
                    switch (row[index] as DatabaseValue).storage {
                    case .null: .null
                    case .int64(let value): .integer(value)
                    case .double(let value): .real(value)
                    case .string(let value): .text(value)
                    case .blob(let value): .blob(value)
                    }
                }
            }
            return CallLogCopy.Page(rows: values, next: rows.count == limit ? rows.last.map { $0[0] as Int64 } : nil)
        }
    }
}
