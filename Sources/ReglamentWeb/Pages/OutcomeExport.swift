import Foundation

/// The owner's list as files. CSV as Excel and 1C open it in a Russian
/// locale: UTF-8 with a BOM, `;` between cells, CRLF between rows, every
/// cell quoted; a cell a spreadsheet would take for a formula starts with
/// an apostrophe (OWASP's CSV injection advice).
enum OutcomeExport {
    /// The message's own columns, after the order's.
    static let messageColumns = ["Имя", "Связь", "Канал", "E-mail", "Вопрос", "Срочность", "Обещано клиенту"]

    static func csv(_ rows: [OutcomeRow], fields orderFields: [String]) -> [UInt8] {
        // An order's field and a message's of the same label share a column.
        let fields = orderFields + messageColumns.filter { !orderFields.contains($0) }
        let head = ["Дата", "Номер", "Исход", "Оператор"] + fields + ["Сообщение", "Письма", "Перезвонили", "Заметка"]
        var lines = [head]
        for row in rows {
            let values = fields.map { label in row.fields.first { $0.label == label }?.value ?? "" }
            let message = row.messageText ?? ""
            let mails = row.mails.map { "\($0.kind): \($0.state)" + ($0.reply.map { " (\($0))" } ?? "") }.joined(separator: "; ")
            lines.append([row.started, row.reference, row.outcomeSaid, row.operatorName] + values + [message, mails, row.dealtWith ?? "", row.dealtNote ?? ""])
        }
        let text = lines.map { $0.map(cell).joined(separator: ";") }.joined(separator: "\r\n") + "\r\n"
        return [0xEF, 0xBB, 0xBF] + Array(text.utf8)
    }

    private static func cell(_ value: String) -> String {
        let guarded = value.first.map { "=+-@\t\r".contains($0) } == true ? "'" + value : value
        return "\"" + guarded.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    struct Entry: Encodable {
        struct Mail: Encodable {
            let kind: String
            let state: String
            let reply: String?
        }

        let reference: String
        let outcome: String
        let startedAt: Date
        let operatorName: String
        let regulationVersion: String
        let fields: [String: String]
        let message: String?
        let mails: [Mail]
        let dealtWith: String?
        let dealtNote: String?
    }

    static func json(_ rows: [OutcomeRow]) throws -> Data {
        let entries = rows.map { row in
            Entry(
                reference: row.reference, outcome: row.outcome.rawValue, startedAt: row.startedAt, operatorName: row.operatorName,
                regulationVersion: row.version, fields: Dictionary(row.fields.map { ($0.label, $0.value) }, uniquingKeysWith: { a, _ in a }),
                message: row.messageText,
                mails: row.mails.map { Entry.Mail(kind: $0.of.rawValue, state: $0.stateValue.rawValue, reply: $0.reply) }, dealtWith: row.dealtWith,
                dealtNote: row.dealtNote)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return try encoder.encode(entries)
    }
}
