import Foundation
import ReglamentRun
import Testing

/// What every `CallStore` must do, written once; each store's suite runs
/// these against a fresh store of its own.
struct CallStoreConformance: Sendable {
    let makeStore: @Sendable () async throws -> any CallStore
    let noon = Date(timeIntervalSince1970: 1_795_000_000)

    @Sendable func begin(_ store: any CallStore, shop: String = "uyut", at: Date? = nil) async throws -> CallRecord {
        try await store.beginCall(
            shop: shop, prefix: shop.uppercased(), version: "v1", script: "inbound", operatorName: "Ольга",
            direction: .inbound, orderReference: nil, at: at ?? noon)
    }

    func referencesAreSequentialPerShopAndDay() async throws {
        let store = try await makeStore()
        let first = try await begin(store), second = try await begin(store), other = try await begin(store, shop: "hfd")
        #expect(first.reference.hasSuffix("-001") && second.reference.hasSuffix("-002"))
        #expect(other.reference.hasSuffix("-001") && other.reference.hasPrefix("HFD-"))
        let nextDay = try await begin(store, at: noon.addingTimeInterval(24 * 3600))
        #expect(nextDay.reference.hasSuffix("-001") && nextDay.reference != first.reference)
    }

    func concurrentCallsGetDistinctReferences() async throws {
        let store = try await makeStore()
        let references = try await withThrowingTaskGroup(of: String.self) { group in
            for _ in 0..<40 { group.addTask { try await begin(store).reference } }
            return try await group.reduce(into: [String]()) { $0.append($1) }
        }
        #expect(Set(references).count == 40)
    }

    static let everyKind: [CallEvent.Kind] = [
        .started(script: "inbound", operatorName: "Ольга"),
        .shown(step: "greeting"),
        .chose(step: "ask-intent", option: 0, label: "Заказ", target: "consent"),
        .captured(step: "contacts", field: "full_name", value: "Анна-Мария О'Брайен"),
        .refused(step: "contacts/phone", field: "phone", reason: "В номере 9 цифр"),
        .back(from: "contacts/phone", to: "contacts"),
        .note(step: "question", text: "Спросили про \"оптовые\" цены\nи доставку"),
        .escalated(step: "escalate/owner", rule: "owner", contact: "owner", available: false),
        .transferred(rule: "owner", answered: true),
        .promised(text: "Перезвоним завтра после 10:00", clientTime: "завтра после 14:00", contactTime: "завтра после 10:00"),
        .ended(outcome: .message),
    ]

    func eventsRoundTripInOrder() async throws {
        let store = try await makeStore()
        let call = try await begin(store)
        for (index, kind) in Self.everyKind.enumerated() {
            try await store.append(CallEvent(sequence: index + 1, at: noon.addingTimeInterval(Double(index)), kind: kind), toCall: call.reference, shop: call.shop)
        }
        let events = try await store.events(ofCall: call.reference, shop: call.shop)
        #expect(events.map(\.kind) == Self.everyKind)
        #expect(events.map(\.sequence) == Array(1...Self.everyKind.count))
    }

    func outOfOrderEventIsRefused() async throws {
        let store = try await makeStore()
        let call = try await begin(store)
        try await store.append(CallEvent(sequence: 1, at: noon, kind: .shown(step: "a")), toCall: call.reference, shop: call.shop)
        await #expect(throws: (any Error).self) {
            try await store.append(CallEvent(sequence: 3, at: noon, kind: .shown(step: "b")), toCall: call.reference, shop: call.shop)
        }
        await #expect(throws: (any Error).self) {
            try await store.append(CallEvent(sequence: 1, at: noon, kind: .shown(step: "b")), toCall: call.reference, shop: call.shop)
        }
    }

    func finishWritesOutcomeWithOrderOrMessageOnce() async throws {
        let store = try await makeStore()
        let call = try await begin(store)
        let order = OrderRecord(shop: call.shop, reference: call.reference, fields: ["full_name": "Иван Петров", "phone": "+79135551234"], createdAt: noon)
        try await store.finish(call: call.reference, shop: call.shop, outcome: .order, at: noon, order: order, message: nil, mail: [], events: [])
        #expect(try await store.call(call.reference, shop: call.shop)?.outcome == .order)
        await #expect(throws: (any Error).self, "a second outcome with events must change nothing") {
            try await store.finish(call: call.reference, shop: call.shop, outcome: .closed, at: noon, order: nil, message: nil, mail: [],
                                   events: [CallEvent(sequence: 1, at: noon, kind: .ended(outcome: .closed))])
        }
        #expect(try await store.events(ofCall: call.reference, shop: call.shop).isEmpty)
        #expect(try await store.order(call.reference, shop: call.shop) == order)
        await #expect(throws: (any Error).self) {
            try await store.finish(call: call.reference, shop: call.shop, outcome: .closed, at: noon, order: nil, message: nil, mail: [], events: [])
        }
        try await store.updateOrderStatus(call.reference, shop: call.shop, status: .confirmed)
        #expect(try await store.order(call.reference, shop: call.shop)?.status == .confirmed)

        let second = try await begin(store)
        let message = MessageRecord(
            shop: second.shop, reference: second.reference, rule: "night", recipient: "owner@example.ru",
            content: ["question": "Можно ли забрать сегодня?", "client_name": "Анна"], createdAt: noon)
        let mail = Self.mail(for: second.reference, at: noon)
        try await store.finish(call: second.reference, shop: second.shop, outcome: .message, at: noon, order: nil, message: message, mail: [mail], events: [])
        #expect(try await store.message(second.reference, shop: second.shop) == message)
        let queued = try await store.mails(in: .queued)
        #expect(queued.count == 1 && queued.first?.raw == mail.raw && queued.first?.recipients == mail.recipients)
    }

    static func mail(for reference: String, at time: Date) -> OutboxMail {
        OutboxMail(
            shop: "uyut", reference: reference, kind: .message, messageID: "<\(reference).message@uyut.example>",
            sender: "reglament@uyut.example", recipients: ["owner@uyut.example"],
            raw: Data("Subject: \(reference)\r\n\r\nТекст\r\n".utf8), createdAt: time)
    }

    /// A call and its queued mail, as the runner leaves them.
    func queuedMail(in store: any CallStore) async throws -> OutboxMail {
        let call = try await begin(store)
        try await store.finish(
            call: call.reference, shop: call.shop, outcome: .message, at: noon, order: nil, message: nil,
            mail: [Self.mail(for: call.reference, at: noon)], events: [])
        return try #require(try await store.mails(in: .queued).first { $0.reference == call.reference })
    }

    func outboxClaimIsTakenOnce() async throws {
        let store = try await makeStore()
        let mail = try await queuedMail(in: store)
        let id = try #require(mail.id)
        #expect(try await store.dueMail(at: noon.addingTimeInterval(-1), limit: 10).isEmpty, "not due before it was made")
        #expect(try await store.dueMail(at: noon, limit: 10).map(\.id) == [id])
        let claims = try await withThrowingTaskGroup(of: Bool.self) { group in
            for _ in 0..<8 { group.addTask { try await store.claim(id, at: noon, leaseUntil: noon.addingTimeInterval(600)) } }
            return try await group.reduce(into: [Bool]()) { $0.append($1) }
        }
        #expect(claims.filter { $0 }.count == 1, "one worker of eight gets it")
        #expect(try await store.dueMail(at: noon, limit: 10).isEmpty, "a claimed mail is not due")
        try await store.markSent(id, reply: "250 OK", at: noon)
        let sent = try #require(try await store.mail(id))
        #expect(sent.state == .sent && sent.attempts == 1 && sent.lastReply == "250 OK" && sent.sentAt == noon)
    }

    func outboxRetriesAndFails() async throws {
        let store = try await makeStore()
        let id = try #require(try await queuedMail(in: store).id)
        #expect(try await store.undeliveredCount() == 1)
        #expect(try await store.claim(id, at: noon, leaseUntil: noon.addingTimeInterval(600)))
        #expect(try await store.undeliveredCount() == 1, "sending is still on its way")
        try await store.markForRetry(id, reply: "451 try later", next: noon.addingTimeInterval(30), replyLost: false)
        #expect(try await store.dueMail(at: noon.addingTimeInterval(29), limit: 10).isEmpty)
        #expect(try await store.dueMail(at: noon.addingTimeInterval(30), limit: 10).map(\.id) == [id])
        #expect(try await store.claim(id, at: noon.addingTimeInterval(30), leaseUntil: noon.addingTimeInterval(630)))
        try await store.markFailed(id, reply: "550 no such user", at: noon.addingTimeInterval(31), replyLost: false)
        let failed = try #require(try await store.mail(id))
        #expect(failed.state == .failed && failed.attempts == 2 && failed.lastReply == "550 no such user" && failed.uncertainHandOvers == 0)
        #expect(try await store.undeliveredCount() == 0, "a failed mail is no longer on its way")
        #expect(try await store.mails(in: .failed).map(\.id) == [id])
        #expect(try await store.requeue(id, at: noon.addingTimeInterval(60)))
        #expect(try await store.requeue(id, at: noon.addingTimeInterval(60)) == false, "only a failed mail is queued again")
        #expect(try await store.dueMail(at: noon.addingTimeInterval(60), limit: 10).map(\.id) == [id])
    }

    /// A lost reply after the hand-over is counted, and the mail is queued again all the same.
    func lostRepliesAreCounted() async throws {
        let store = try await makeStore()
        let id = try #require(try await queuedMail(in: store).id)
        for attempt in 0..<2 {
            let at = noon.addingTimeInterval(Double(attempt) * 60)
            #expect(try await store.claim(id, at: at, leaseUntil: at.addingTimeInterval(600)))
            try await store.markHandedOver(id, at: at)
            try await store.markForRetry(id, reply: "connection reset", next: at.addingTimeInterval(30), replyLost: true)
        }
        let waiting = try #require(try await store.mail(id))
        #expect(waiting.state == .queued && waiting.uncertainHandOvers == 2 && !waiting.mayBeDuplicated)
        #expect(try await store.claim(id, at: noon.addingTimeInterval(120), leaseUntil: noon.addingTimeInterval(720)))
        try await store.markSent(id, reply: "250 OK", at: noon.addingTimeInterval(120))
        let sent = try #require(try await store.mail(id))
        #expect(sent.uncertainHandOvers == 2 && sent.mayBeDuplicated && sent.attempts == 3)
    }

    /// A worker that died mid-send follows the rule of a dropped connection:
    /// never handed over → sent again; handed over → sent again, counted as a lost reply.
    func abandonedClaimsAreReleasedSafely() async throws {
        let store = try await makeStore()
        let early = try #require(try await queuedMail(in: store).id)
        let late = try #require(try await queuedMail(in: store).id)
        for id in [early, late] { #expect(try await store.claim(id, at: noon, leaseUntil: noon.addingTimeInterval(600))) }
        try await store.markHandedOver(late, at: noon)
        #expect(try await store.releaseAbandoned(at: noon.addingTimeInterval(599)) == 0, "a live claim is kept")
        #expect(try await store.releaseAbandoned(at: noon.addingTimeInterval(601)) == 2)
        let unsent = try #require(try await store.mail(early))
        #expect(unsent.state == .queued && unsent.uncertainHandOvers == 0)
        let uncertain = try #require(try await store.mail(late))
        #expect(uncertain.state == .queued && uncertain.uncertainHandOvers == 1 && uncertain.lastReply?.contains("may have arrived") == true)
        #expect(try await store.dueMail(at: noon.addingTimeInterval(601), limit: 10).map(\.id) == [early, late], "both due again")
    }

    func confirmationAttemptsInOrder() async throws {
        let store = try await makeStore()
        for (hour, result) in [ConfirmationResult.noAnswer, .noAnswer, .confirmed].enumerated() {
            try await store.recordAttempt(ConfirmationAttempt(
                shop: "uyut", orderReference: "UYUT-1122-001", callReference: nil, at: noon.addingTimeInterval(Double(hour) * 3600), result: result))
        }
        let attempts = try await store.attempts(forOrder: "UYUT-1122-001", shop: "uyut")
        #expect(attempts.map(\.result) == [.noAnswer, .noAnswer, .confirmed])
    }

    func unknownCallIsAnError() async throws {
        let store = try await makeStore()
        await #expect(throws: (any Error).self) {
            try await store.append(CallEvent(sequence: 1, at: noon, kind: .shown(step: "a")), toCall: "NOPE-0000-001", shop: "uyut")
        }
        #expect(try await store.call("NOPE-0000-001", shop: "uyut") == nil)
    }
}
