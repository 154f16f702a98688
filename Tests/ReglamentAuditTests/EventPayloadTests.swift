import Foundation
@testable import ReglamentRun
import Testing
import ReglamentStore

/// The audit reads payloads from their bytes; these are what the store
/// writes (`JSONEncoder`, sorted keys), with the strings that trip a
/// hand reader: escaped slashes and quotes, Cyrillic, emoji, and a key's
/// name inside another value.
@Suite struct EventPayloadTests {
    static func encoded(_ kind: CallEvent.Kind) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return try encoder.encode(kind)
    }

    /// The values read, copied out while the bytes are alive: a payload's
    /// step and field point into the bytes it was read from.
    struct Read {
        var step, field, rule, text: String?
        var option: Int?
        var available, answered: Bool?
    }

    static func read(_ kind: CallEvent.Kind, _ wanted: EventPayload.Wanted) throws -> Read? {
        try encoded(kind).withUnsafeBytes { bytes in
            EventPayload(bytes, wanted: wanted).map { payload in
                Read(step: payload.step, field: payload.field, rule: payload.rule, text: payload.text,
                     option: payload.option, available: payload.available, answered: payload.answered)
            }
        }
    }

    @Test func stepsWithSlashes() throws {
        let payload = try Self.read(.shown(step: "contacts/phone"), .step)
        #expect(payload?.step == "contacts/phone")
    }

    @Test func choiceSkipsTheLabelAndTarget() throws {
        let payload = try Self.read(.chose(step: "ask-intent", option: 12, label: "Сказал \"step\": \"x\", 😀", target: "a/b"), [.step, .option])
        #expect(payload?.step == "ask-intent")
        #expect(payload?.option == 12)
    }

    @Test func capturedValueIsNotRead() throws {
        let payload = try Self.read(.captured(step: "contacts/phone", field: "phone", value: "+7 \"913\" \\ 555"), [.field])
        #expect(payload?.field == "phone")
        #expect(payload?.step == nil, "not asked for")
    }

    @Test func escalationAndTransfer() throws {
        let escalated = try Self.read(.escalated(step: "escalate/not-covered", rule: "not-covered", contact: nil, available: true), [.rule, .available])
        #expect(escalated?.rule == "not-covered" && escalated?.available == true)
        let transferred = try Self.read(.transferred(rule: "conflict", answered: false), [.rule, .answered])
        #expect(transferred?.rule == "conflict" && transferred?.answered == false)
    }

    @Test func noteTextWithEveryEscape() throws {
        let text = "Клиент: «нужен счёт»\n\t\"юрлицо\" / 50% \\ 🎹 \u{1}"
        let payload = try Self.read(.note(step: "question", text: text), [.step, .text])
        #expect(payload?.text == text)
        #expect(payload?.step == "question")
    }

    /// The reader stops once it has what it was asked for, so only the bytes up to there must be a payload.
    @Test func otherBytesAreRefused() {
        for text in ["", "{", "[1]", "{\"shown\":{\"label\":\"a\"", "{\"shown\":{\"step\":12}}", "{\"shown\":{\"step\":\"a}}", "null"] {
            let read = Data(text.utf8).withUnsafeBytes { EventPayload($0, wanted: .step) != nil }
            #expect(!read, "\(text)")
        }
    }
}
