import Foundation
import ReglamentRun
import Testing

/// What every workspace store must do beside the call log (open calls,
/// the owner's list, marks, who drives a call, screen pops), written once.
struct WorkspaceStoreConformance: Sendable {
    typealias Store = WorkspaceStore & ScreenPopStore & CallLogReader
    let makeStore: @Sendable () async throws -> any Store
    let noon = Date(timeIntervalSince1970: 1_795_000_000)

    func begin(_ store: any Store, shop: String = "uyut", at: Date? = nil) async throws -> CallRecord {
        try await store.beginCall(
            shop: shop, prefix: shop.uppercased(), version: "v1", script: "inbound", operatorName: "Ольга",
            direction: .inbound, orderReference: nil, at: at ?? noon)
    }

    func openCallsOrdersAndOutcomesByShop() async throws {
        let store = try await makeStore()
        let open = try await begin(store, at: noon.addingTimeInterval(60))
        let ordered = try await begin(store)
        let other = try await begin(store, shop: "hifi")
        try await store.append(CallEvent(sequence: 1, at: noon, kind: .shown(step: "greeting")), toCall: open.reference, shop: open.shop)
        #expect(try await store.callState(open.reference, shop: "uyut") == CallState(eventCount: 1, driver: nil))
        #expect(try await store.callState(ordered.reference, shop: "uyut") == CallState(eventCount: 0, driver: nil))
        #expect(try await store.callState(open.reference, shop: "hifi") == nil, "no call of another shop")
        let order = OrderRecord(shop: "uyut", reference: ordered.reference, fields: ["phone": "+79135551234"], createdAt: noon)
        let mail = CallStoreConformance.mail(for: ordered.reference, at: noon)
        try await store.finish(call: ordered.reference, shop: "uyut", outcome: .order, at: noon, order: order, message: nil, mail: [mail], events: [])
        #expect(try await store.openCalls(shop: "uyut").map(\.reference) == [open.reference])
        #expect(try await store.openCalls(shop: "hifi").map(\.reference) == [other.reference])
        #expect(try await store.unconfirmedOrders(shop: "uyut") == [order])
        #expect(try await store.orders(withField: "phone", equalTo: "+79135551234", shop: "uyut") == [ordered.reference])
        #expect(try await store.orders(withField: "phone", equalTo: "+79135551234", shop: "hifi").isEmpty)
        let listed = try await store.outcomes(shop: "uyut", in: nil)
        #expect(listed.map(\.call.reference) == [ordered.reference] && listed.first?.order == order)
        #expect(listed.first?.mails.map(\.state) == [.queued] && listed.first?.mails.first?.kind == .message)
        #expect(try await store.outcomes(shop: "uyut", in: DateInterval(start: noon.addingTimeInterval(1), duration: 60)).isEmpty)
        try await store.updateOrderStatus(ordered.reference, shop: "uyut", status: .confirmed)
        #expect(try await store.unconfirmedOrders(shop: "uyut").isEmpty)
    }

    func messagesAreMarkedDealtWith() async throws {
        let store = try await makeStore()
        let call = try await begin(store)
        let message = MessageRecord(shop: "uyut", reference: call.reference, rule: "night", recipient: "owner@uyut.example", content: ["question": "Когда?"], createdAt: noon)
        try await store.finish(call: call.reference, shop: "uyut", outcome: .message, at: noon, order: nil, message: message, mail: [], events: [])
        let mark = FollowUp(by: "owner", note: "перезвонила", at: noon.addingTimeInterval(600))
        #expect(try await store.markDealtWith(message: call.reference, shop: "uyut", mark: mark))
        #expect(try await store.markDealtWith(message: call.reference, shop: "hifi", mark: mark) == false)
        #expect(try await store.markDealtWith(message: "UYUT-0000-999", shop: "uyut", mark: mark) == false)
        let again = FollowUp(by: "owner", note: "договорились", at: noon.addingTimeInterval(900))
        #expect(try await store.markDealtWith(message: call.reference, shop: "uyut", mark: again))
        #expect(try await store.outcomes(shop: "uyut", in: nil).first?.followUp == again)
    }

    func oneDriverPerCall() async throws {
        let store = try await makeStore()
        let call = try await begin(store)
        let drivers = try await withThrowingTaskGroup(of: String.self) { group in
            for name in ["anna", "boris", "vera", "gleb"] {
                group.addTask { try await store.claimCall(call.reference, shop: "uyut", by: name, at: noon) }
            }
            return try await group.reduce(into: [String]()) { $0.append($1) }
        }
        #expect(Set(drivers).count == 1, "everyone is told the same driver")
        #expect(try await store.callState(call.reference, shop: "uyut")?.driver == drivers.first)
        try await store.releaseCall(call.reference, shop: "uyut")
        #expect(try await store.claimCall(call.reference, shop: "uyut", by: "dina", at: noon) == "dina")
    }

    func screenPopsAreTakenOnce() async throws {
        let store = try await makeStore()
        let pop = ScreenPop(id: "pop-1", shop: "uyut", caller: "+79135551234", dialed: "+74950000000", createdAt: noon)
        try await store.addScreenPop(pop)
        #expect(try await store.screenPop("pop-1", shop: "uyut") == pop)
        #expect(try await store.screenPop("pop-1", shop: "hifi") == nil)
        #expect(try await store.claimScreenPop("pop-1", shop: "uyut"))
        #expect(try await store.claimScreenPop("pop-1", shop: "uyut") == false)
        try await store.linkScreenPop("pop-1", shop: "uyut", call: "UYUT-1122-001")
        #expect(try await store.screenPop(forCall: "UYUT-1122-001", shop: "uyut")?.id == "pop-1")
    }

    /// The audit's tallies of a small log: calls, steps, options, notes with their personal values, consent, mail.
    func talliesCountTheLog() async throws {
        let store = try await makeStore()
        for index in 0..<3 {
            let call = try await begin(store, at: noon.addingTimeInterval(Double(index) * 3600))
            var events: [CallEvent.Kind] = [.shown(step: "greeting"), .chose(step: "greeting", option: index % 2, label: "Заказ", target: "consent")]
            if index != 1 { events.append(.shown(step: "consent")) }
            events += [.captured(step: "contacts", field: "phone", value: "+7913555123\(index)"), .note(step: "contacts", text: "звонит с +7913555123\(index)")]
            try await store.append(
                events.enumerated().map { CallEvent(sequence: $0.offset + 1, at: noon.addingTimeInterval(Double(index * 3600 + $0.offset * 7)), kind: $0.element) },
                toCall: call.reference, shop: call.shop)
            if index == 0 {
                try await store.finish(
                    call: call.reference, shop: call.shop, outcome: .message, at: noon, order: nil, message: nil,
                    mail: [CallStoreConformance.mail(for: call.reference, at: noon)],
                    events: [CallEvent(sequence: events.count + 1, at: noon.addingTimeInterval(60), kind: .ended(outcome: .message))])
            }
        }
        let tallies = try await store.tallies(CallLogQuery(
            shop: "uyut", utcOffsetSeconds: 3 * 3600, consentSteps: ["inbound/consent"], personalFields: ["phone"], hiddenInNotes: ["phone"]))
        #expect(tallies.calls.map(\.count).reduce(0, +) == 3 && tallies.abandoned.count == 2)
        #expect(tallies.steps.first { $0.step == "greeting" }?.calls == 3 && tallies.steps.first { $0.step == "consent" }?.calls == 2)
        #expect(tallies.options.map(\.option) == [0, 1])
        #expect(tallies.notes.count == 3 && tallies.notes.first?.personalValues == [CallLogTallies.PersonalValue(field: "phone", value: "+79135551230")])
        #expect(tallies.consentSkipped.count == 1)
        #expect(tallies.mail == [CallLogTallies.MailCount(state: .queued, count: 1)])
        #expect(try await store.tallies(CallLogQuery(shop: "hifi")) == CallLogTallies())
    }
}
