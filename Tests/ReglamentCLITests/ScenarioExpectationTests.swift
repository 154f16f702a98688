import Foundation
import Testing

/// What a scenario can say of a call beyond its outcome — a line that must
/// not be said, the whisper, the choices offered, the notify rules fired,
/// the owner's mails —
/// each shown to pass on a call that does it and to fail on one that does
/// not; and a scenario file is checked like a regulation (S1xx, exit 2).
@Suite struct ScenarioExpectationTests {
    static let regulation = "Regulations/uyut-lavka/regulation.yaml"

    /// A daytime order of 36 000 ₽: over the 30 000 ₽ of the `big-order` notify rule.
    static func bigOrder(expect: String) -> String {
        """
        name: Большой заказ
        now: 2026-11-25T12:00:00+03:00
        steps: ["", "1", "1", иван петров, 8 (913) 555-12-34, "2", "", 630 099, ул. Ленина, д. 5, кв. 12,
                кружка x30 по 1200, "", "2", "1", "1", "1", "1", "1"]
        expect:
          outcome: order
        \(expect)
        """
    }

    @Test(arguments: [
        ("  notified: [big-order]", true),
        ("  notified: [conflict]", false),
        ("  offered:\n    delivery: [СДЭК]", true),
        ("  offered:\n    delivery: [СДЭК, Почта России]", false),
        ("  not_said: [Меня зовут Ольга]", true),
        ("  not_said: [кружка × 30]", false),
        // The client chose SMS: the owner's mail says not to call, in its text; the subject names the client.
        ("  mail:\n    - kind: order\n      subject: Новый заказ — Иван Петров\n      text: [НЕ ЗВОНИТЬ, 36 000 ₽]", true),
        ("  mail:\n    - kind: notification\n      text: [Итого с доставкой]", true),
        ("  mail:\n    - kind: order\n      text: [Telegram]", false),
        ("  mail:\n    - kind: message", false),
    ])
    func expectationPassesOrFails(_ expectation: String, passes: Bool) throws {
        let result = try play(Self.bigOrder(expect: expectation))
        #expect(result.status == (passes ? 0 : 1), "\(result.stdout)\(result.stderr)")
    }

    @Test func aWhisperIsCheckedAtTheTransfer() throws {
        let call = """
            name: Соединить с владелицей
            now: 2026-11-25T12:00:00+03:00
            steps: ["", "5", "1"]
            expect:
              outcome: transfer
              whisper: %@
            """
        #expect(try play(call.replacingOccurrences(of: "%@", with: "Екатерина")).status == 0)
        let wrong = try play(call.replacingOccurrences(of: "%@", with: "Наталья"))
        #expect(wrong.status == 1 && wrong.stdout.contains("whisper: expected 'Наталья'"), "\(wrong.stdout)")
    }

    @Test func aMalformedScenarioIsReportedWithCodesAndPlacesAndExitsTwo() throws {
        let result = try play("""
            name: С ошибками
            now: 2026-11-25T12:00:00+03:00
            stpes: [""]
            expect:
              outcome: ordered
              not_sayd: [x]
            """)
        #expect(result.status == 2, "\(result.stdout)\(result.stderr)")
        for expected in ["S101", "'stpes'", "did you mean 'steps'?", "S105", "'ordered'", "'not_sayd'", ":3:1", "in 'scenario'"] {
            #expect(result.stderr.contains(expected), "\(expected) in \(result.stderr)")
        }
        #expect(!result.stderr.contains("DecodingError"), "\(result.stderr)")
    }

    private func play(_ scenario: String) throws -> (status: Int32, stdout: String, stderr: String) {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("reglament-scenario-\(UUID().uuidString).yaml")
        defer { try? FileManager.default.removeItem(at: file) }
        try scenario.write(to: file, atomically: true, encoding: .utf8)
        let result = try ReglamentProcess.run(["test", Self.regulation, file.path])
        return (result.status, result.stdout, result.stderr)
    }
}
