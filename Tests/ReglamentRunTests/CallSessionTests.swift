import Foundation
import ReglamentCompile
import ReglamentRun
import ReglamentStore
import Testing

/// Calls on the compiled uyut-lavka example, through the real validator
/// and a real SQLite file.
struct CallSessionTests {
    let compiled: CompiledRegulation
    let runner: CallRunner

    init() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let result = Compiler().compile(file: root.appendingPathComponent("Regulations/uyut-lavka/regulation.yaml").path)
        compiled = try #require(result.compiled)
        let database = FileManager.default.temporaryDirectory.appendingPathComponent("reglament-calls-\(UUID().uuidString).sqlite").path
        runner = CallRunner(store: try SQLiteCallStore(path: database), compiled: compiled, validator: FieldValidator())
    }

    /// Wednesday 2026-11-25 12:00 in Moscow: the owner is at work.
    let workday = try! Date("2026-11-25T09:00:00Z", strategy: .iso8601)
    /// Thursday 2026-11-26 02:40 in Novosibirsk (22:40 on Wednesday in Moscow): the owner has finished.
    let night = try! Date("2026-11-25T19:40:00Z", strategy: .iso8601)

    func perform(_ actions: [OperatorAction], on session: inout CallSession, at now: Date) async throws {
        for action in actions {
            let result = try await runner.perform(action, on: &session, at: now)
            if case .failure(let refusal) = result { Issue.record("\(action) at \(session.current): \(refusal.reason)") }
        }
    }

    @Test func orderCapturedInFullWithNormalisedFields() async throws {
        var session = try await runner.begin(operatorName: "Ольга", at: workday)
        #expect(session.view.line?.contains("Меня зовут Ольга") == true)
        try await perform([
            .proceed, .choose(1), .choose(1),
            .input("иван петров"), .input("8 (913) 555-12-34"), .input("2"), .proceed,
            .input("630 099"), .input("ул. Ленина, д. 5, кв. 12"), .input("Свеча «Лаванда» x2 по 650, кружка x1 по 1200"),
            .proceed, .proceed, .choose(2), .input("1"), .choose(1), .input("1"), .input("1"), .choose(1),
        ], on: &session, at: workday)
        #expect(session.outcome == .order)
        #expect(session.fields["full_name"] == "Иван Петров")
        #expect(session.fields["phone"] == "+79135551234")
        #expect(session.fields["contact_channel"] == "sms")
        #expect(session.fields["postal_index"] == "630099")
        #expect(session.zone?.id == "novosibirsk")
        let order = try #require(try await runner.store.order(session.record.reference, shop: "uyut"))
        #expect(order.fields["phone"] == "+79135551234")
        #expect(order.itemClasses["items"] == [["candles"], ["fragile"]])
        #expect(try await runner.store.call(session.record.reference, shop: "uyut")?.outcome == .order)
    }

    /// A confirmation call that changes the order: the fields hold the order's values, and a
    /// number typed at them picks from the list as on an inbound call.
    @Test func confirmationCallChangesFieldsByNumber() async throws {
        let order = OrderRecord(shop: compiled.shop.id, reference: "UYUT-1125-001", fields: [
            "full_name": "Иван Петров", "phone": "+79135551234", "contact_channel": "call", "postal_index": "630099",
            "address": "ул. Ленина, д. 5, кв. 12", "items": "Свеча × 2 — 650", "gift_wrap": "Без упаковки",
            "delivery": "post", "payment": "cod",
        ], itemClasses: ["items": [["candles"]]], createdAt: workday)
        var session = try await runner.begin(script: "confirm-order", operatorName: "Ольга", order: order, at: workday)
        try await perform([.choose(2), .input("Свеча x1 по 650"), .proceed, .choose(2), .choose(1), .choose(1)], on: &session, at: workday)
        #expect(session.current == "hello", "back to the confirmation after the change")
        let zone = try #require(PostalZones.zone(for: "630099", in: compiled))
        #expect(session.fields["delivery"] == zone.options[0].method)
        #expect(session.fields["payment"] == compiled.payment[0].id)
        #expect(session.fields["gift_wrap"] == "Крафт с лентой")
    }

    @Test func refusedInputKeepsTheOperatorOnTheStepWithTheReason() async throws {
        var session = try await runner.begin(operatorName: "Ольга", at: workday)
        try await perform([.proceed, .choose(1), .choose(1), .input("Иван Петров")], on: &session, at: workday)
        let step = session.current
        let refused = try await runner.perform(.input("8 913 555"), on: &session, at: workday)
        #expect(refused.failureReason == "В номере 6 цифр после +7 или 8, а нужно 10")
        #expect(session.current == step)
        let stored = try await runner.store.events(ofCall: session.record.reference, shop: "uyut")
        // The refusal is logged with its reason, never with what was typed.
        #expect(stored.last?.kind == .refused(step: step, field: "phone", reason: "В номере 6 цифр после +7 или 8, а нужно 10"))
    }

    @Test func backUndoesTheCapturedField() async throws {
        var session = try await runner.begin(operatorName: "Ольга", at: workday)
        try await perform([.proceed, .choose(1), .choose(1), .input("Иван Петров"), .back], on: &session, at: workday)
        #expect(session.current == "contacts")
        #expect(session.fields["full_name"] == nil)
    }

    @Test func nightQuestionFromNovosibirskBecomesAMessageWithAPromiseInTheClientsTime() async throws {
        var session = try await runner.begin(operatorName: "Ольга", clientPostalIndex: "630099", at: night)
        try await perform([.proceed, .choose(2), .choose(2)], on: &session, at: night)
        // The owner is asleep: no transfer, straight to the message with a promise.
        let escalation = session.events.compactMap { event -> Bool? in
            if case .escalated(_, "not-covered", _, let available) = event.kind { return available }
            return nil
        }
        #expect(escalation == [false])
        let promise = try #require(session.promise)
        // Thursday 09:00 in Moscow is 13:00 the same Thursday for the client, already past midnight.
        #expect(promise.client == "сегодня после 13:00 по вашему времени")
        #expect(promise.contact == "завтра после 09:00 по московскому времени")
        try await perform([.input("1"), .input("Анна"), .input("+7 913 000-11-22, только SMS"), .input("Можно ли забрать заказ в субботу?"), .input("1")],
                          on: &session, at: night)
        #expect(session.outcome == .message)
        let message = try #require(try await runner.store.message(session.record.reference, shop: session.record.shop))
        #expect(message.recipient == "katya@uyut-lavka.ru")
        #expect(message.content["promise_client_time"] == "сегодня после 13:00 по новосибирскому времени", "the owner reads the client's time named by its zone")
        #expect(message.content["question"] == "Можно ли забрать заказ в субботу?")
    }

    @Test func resumedCallContinuesAtTheSameStepWithEveryField() async throws {
        var session = try await runner.begin(operatorName: "Ольга", at: workday)
        try await perform([.proceed, .choose(1), .choose(1), .input("Иван Петров"), .input("89135551234")], on: &session, at: workday)
        let resumed = try await runner.resume(session.record.reference)
        #expect(resumed.current == session.current)
        #expect(resumed.fields == session.fields)
        #expect(resumed.events == session.events)
    }
}
