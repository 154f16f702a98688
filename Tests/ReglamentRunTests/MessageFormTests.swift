import Foundation
import ReglamentCompile
import ReglamentModel
import ReglamentRun
import Testing

/// The message form's one-line answers: a line break of any kind would end
/// up in the owner's mail headers or split the client's name.
struct MessageFormTests {
    /// A call on the test shop, at its first step.
    static func call() throws -> CallSession {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let compiled = try #require(Compiler().compile(file: root.appendingPathComponent("Tests/Fixtures/royal-siberia/regulation.yaml").path).compiled)
        let record = CallRecord(shop: "royal", reference: "R-1201-001", version: compiled.version, script: "inbound",
                                operatorName: "Ольга", direction: .inbound, startedAt: Date())
        return CallSession.start(compiled, script: compiled.scripts[0], record: record, validator: FieldValidator(), at: Date())
    }

    /// At the message form's name, after "not in the regulation" and consent.
    static func atTheMessageName() throws -> CallSession {
        var session = try call()
        try session.perform(.notCovered, at: Date())
        if session.awaitsZone { try session.perform(.proceed, at: Date()) }
        try session.perform(.input("1"), at: Date())
        return session
    }
    @Test(arguments: ["Анна\r\nЁлкина", "Анна\rЁлкина", "Анна\u{2028}Ёлкина", "Анна\u{85}Ёлкина", "Анна\u{0B}Ёлкина", "Анна\u{0C}Ёлкина"])
    func aLineBreakOfAnyKindIsRefusedInAName(name: String) throws {
        var session = try Self.atTheMessageName()
        #expect(session.nextMessageItem == .clientName)
        #expect(throws: ActionRefusal("Одной строкой, без переводов строки")) { try session.perform(.input(name), at: Date()) }
        #expect(session.nextMessageItem == .clientName)
    }

    /// A 10,000-character name or address is refused by its length, before
    /// its own rule, and the refusal is logged without the text.
    @Test func aValueLongerThanAnyRealOneIsRefused() throws {
        var session = try Self.call()
        try session.perform(.choose(1), at: Date())
        try session.perform(.choose(1), at: Date())
        let long = String(repeating: "Анна ", count: 2000)
        #expect(throws: ActionRefusal("Слишком длинно: не больше 200 знаков")) { try session.perform(.input(long), at: Date()) }
        #expect(session.events.last?.kind == .refused(step: session.current, field: "full_name", reason: "Слишком длинно: не больше 200 знаков"))
        #expect(session.fields["full_name"] == nil)
    }

    @Test func aRefusedMessageAnswerIsLoggedWithItsReasonOnly() throws {
        var session = try Self.atTheMessageName()
        #expect(throws: ActionRefusal.self) { try session.perform(.input("Анна\r\nЁлкина"), at: Date()) }
        #expect(session.events.last?.kind == .refused(step: session.current, field: "message.client_name", reason: "Одной строкой, без переводов строки"))
    }
}

