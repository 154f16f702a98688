import Foundation
import ReglamentCheck
import ReglamentCompile
import ReglamentMail
import ReglamentRun
import ReglamentStore
import ReglamentTestSupport
import Testing

/// Shared pieces: example regulations, mails made as the runner makes them,
/// a fresh outbox, and Python's `email` package as the reader of record.
enum MailFixtures {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let noon = Date(timeIntervalSince1970: 1_795_000_000)

    static func compiled(_ shop: String = "uyut-lavka") throws -> CompiledRegulation {
        let file = packageRoot.appendingPathComponent("Regulations/\(shop)/regulation.yaml").path
        return try #require(Compiler().compile(file: file).compiled, "\(shop) compiles")
    }

    static func composer(_ compiled: CompiledRegulation) throws -> OwnerMailComposer {
        OwnerMailComposer(
            compiled: compiled, templates: try MailTemplates(),
            from: try #require(MailAddress("calls@uyut.example", name: "Уютная лавка · Reglament")))
    }

    static func call(_ reference: String = "UYUT-1125-001", shop: String = "uyut-lavka") -> CallRecord {
        CallRecord(
            shop: shop, reference: reference, version: "v1", script: "inbound", operatorName: "Ольга", direction: .inbound,
            startedAt: noon, orderReference: nil)
    }

    /// A night message from Novosibirsk: SMS only, a promise made.
    static func message(_ reference: String = "UYUT-1125-001", content: [String: String] = [:]) -> MessageRecord {
        MessageRecord(
            shop: "uyut-lavka", reference: reference, rule: "night", recipient: "katya@uyut-lavka.ru",
            content: [
                "client_name": "Анна Сергеевна Ёлкина", "contact": "+79135551234", "channel": "sms",
                "question": "Можно ли вернуть свечу, если не подошёл аромат?\nЧек сохранила.",
                "urgency": "urgent", "operator": "Ольга", "contact_name": "Екатерина Лаврова",
                "client_email": "anna@example.ru", "promise": "Екатерина перезвонит завтра после 10:00",
                "promise_client_time": "завтра после 14:00", "promise_contact_time": "завтра после 10:00",
                "client_timezone": "Asia/Novosibirsk",
            ].merging(content) { $1 },
            createdAt: noon)
    }

    /// Queued mails for `count` message calls in a fresh SQLite outbox.
    static func outbox(count: Int, composer: OwnerMailComposer) async throws -> SQLiteCallStore {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("reglament-mail-\(UUID().uuidString)")
        let store = try SQLiteCallStore(path: folder.appendingPathComponent("calls.sqlite").path)
        for _ in 0..<count {
            let call = try await store.beginCall(
                shop: "uyut-lavka", prefix: "UYUT", version: "v1", script: "inbound", operatorName: "Ольга", direction: .inbound,
                orderReference: nil, at: noon)
            let message = Self.message(call.reference)
            try await store.finish(
                call: call.reference, shop: call.shop, outcome: .message, at: noon, order: nil, message: message,
                mail: composer.mails(for: call, order: nil, message: message, at: noon), events: [])
        }
        return store
    }

    /// The message as Python's `email` package (policy.default) reads it.
    struct Parsed: Decodable {
        let subject: String
        let fromName: String
        let fromAddress: String
        let to: [String]
        let replyTo: String?
        let messageID: String
        let headers: [String]
        let text: String
        let html: String?
        let longestLine: Int
    }

    static func parse(_ raw: some DataProtocol) throws -> Parsed {
        let script = """
            import email, json, sys
            from email import policy
            raw = sys.stdin.buffer.read()
            m = email.message_from_bytes(raw, policy=policy.default)
            text = m.get_body(('plain',))
            html = m.get_body(('html',))
            print(json.dumps({
                "subject": str(m["Subject"]),
                "fromName": m["From"].addresses[0].display_name,
                "fromAddress": m["From"].addresses[0].addr_spec,
                "to": [a.addr_spec for a in m["To"].addresses],
                "replyTo": m["Reply-To"].addresses[0].addr_spec if m["Reply-To"] else None,
                "messageID": str(m["Message-ID"]),
                "headers": list(m.keys()),
                "text": text.get_content().replace("\\r\\n", "\\n") if text else "",
                "html": html.get_content().replace("\\r\\n", "\\n") if html else None,
                "longestLine": max(len(line) for line in raw.split(b"\\r\\n")),
            }))
            """
        let result = try ExternalTool.run("python3", ["-c", script], input: Data(raw))
        guard result.status == 0, let json = result.output.split(separator: "\n").last else {
            throw ParseFailed(output: result.output)
        }
        return try JSONDecoder().decode(Parsed.self, from: Data(json.utf8))
    }

    struct ParseFailed: Error, CustomStringConvertible {
        let output: String
        var description: String { "Python's email package could not read the mail:\n\(output)" }
    }
}
