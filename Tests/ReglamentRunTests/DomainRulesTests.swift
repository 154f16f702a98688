import Foundation
import ReglamentCompile
import ReglamentModel
import ReglamentRun
import ReglamentStore
import Testing

/// The domain rules the engine applies, on a shop made for these tests
/// (`Tests/Fixtures/royal-siberia`): grand pianos that only the movers take
/// (at their own price), a pickup point that takes no pianos, a zone that
/// takes small goods only, cash only with the courier, invoices for
/// companies, an owner in Irkutsk five hours east of the call center.
struct DomainRulesTests {
    let compiled: CompiledRegulation
    let runner: CallRunner

    init() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let result = Compiler().compile(file: root.appendingPathComponent("Tests/Fixtures/royal-siberia/regulation.yaml").path)
        compiled = try #require(result.compiled, "\(result.diagnostics)")
        let database = FileManager.default.temporaryDirectory.appendingPathComponent("reglament-domain-\(UUID().uuidString).sqlite").path
        runner = CallRunner(store: try SQLiteCallStore(path: database), compiled: compiled, validator: FieldValidator())
    }

    /// Tuesday 2026-12-01 12:00 in Moscow (17:00 in Irkutsk): everyone at work.
    let workday = try! Date("2026-12-01T09:00:00Z", strategy: .iso8601)
    /// Tuesday 2026-12-01 23:30 in Moscow (04:30 on Wednesday in Irkutsk).
    let night = try! Date("2026-12-01T20:30:00Z", strategy: .iso8601)
    /// 2027-01-04 12:00 in Moscow: the owner is on holiday.
    let holiday = try! Date("2027-01-04T09:00:00Z", strategy: .iso8601)

    @discardableResult
    func perform(_ actions: [OperatorAction], on session: inout CallSession, at now: Date) -> [String] {
        var refusals: [String] = []
        for action in actions {
            do { try session.perform(action, at: now) } catch { refusals.append(error.reason) }
        }
        return refusals
    }

    /// A call up to the goods: consent, a person who wants calls, Moscow.
    func callAtGoods(postal: String = "101000", kind: String = "1", at now: Date) -> CallSession {
        var session = CallSession.start(compiled, script: compiled.scripts[0], record: record(), validator: FieldValidator(), at: now)
        let refusals = perform([
            .choose(1), .choose(1), .input("Анна Смирнова"), .input("8 916 123-45-67"), .input(kind), .input("1"),
            .input(postal), .input("Тверская ул., д. 5, кв. 1"),
        ], on: &session, at: now)
        #expect(refusals.isEmpty, "\(refusals)")
        return session
    }

    func record(_ direction: CallDirection = .inbound, order: String? = nil) -> CallRecord {
        CallRecord(shop: "royal", reference: "R-1201-001", version: compiled.version, script: direction == .inbound ? "inbound" : "confirm",
                   operatorName: "Ольга", direction: direction, startedAt: workday, orderReference: order)
    }

    // MARK: - Product classes

    @Test func classesAreFoundByKeywordStemsAndConfirmed() throws {
        var session = callAtGoods(at: workday)
        perform([.input("Рояль Yamaha C1X x1 по 890000, банкетка x1 по 12000, Цифровое пианино x1 по 60000")], on: &session, at: workday)
        #expect(session.classificationQuestion?.guessed == ["piano"], "«Рояль» is the stem of «рояль», not the first word of the class name")
        // A grand piano is a piano and fragile: several numbers.
        perform([.input("1 2")], on: &session, at: workday)
        #expect(session.classificationQuestion?.item.name == "банкетка")
        #expect(session.classificationQuestion?.guessed == ["accessories"])
        perform([.proceed], on: &session, at: workday)
        // A digital piano matches «пианино» but is no acoustic piano: the operator says none.
        #expect(session.classificationQuestion?.guessed == ["piano"])
        perform([.input("0")], on: &session, at: workday)
        #expect(session.order.items.map(\.classes) == [["piano", "fragile"], ["accessories"], []])
        // The text read back carries no class ids.
        #expect(session.fields["items"]?.contains("[") == false)
        #expect(session.fields["items"]?.contains("piano") == false)
    }

    @Test func anItemNamingNoClassIsAskedAndOnlyEnterOnASingleGuessConfirms() {
        var session = callAtGoods(at: workday)
        perform([.input("Подставка для нот x1 по 2000")], on: &session, at: workday)
        #expect(session.classificationQuestion?.guessed == [])
        let refusals = perform([.proceed], on: &session, at: workday)
        #expect(refusals == ["Выберите номера классов через пробел или 0 — ни один"])
        perform([.input("0")], on: &session, at: workday)
        #expect(session.pendingClassification == nil)
    }

    // MARK: - Feasible options only

    @Test func deliveryOffersOnlyWhatTheGoodsCanUseWithTheClassPrice() {
        var session = callAtGoods(at: workday)
        perform([.input("Рояль Yamaha C1X x1 по 890000"), .proceed, .choose(2)], on: &session, at: workday)
        // Courier excludes pianos, the pickup point takes none: the movers only, at the piano price.
        #expect(session.view.options == ["Такелажная служба"])
        #expect(session.view.prompt == "Доступно: Такелажная служба — 2–4 дня, 15\u{00A0}000\u{00A0}₽. Что выбираете?")
        let refused = perform([.input("самовывоз")], on: &session, at: workday)
        #expect(refused.first?.contains("«Самовывоз» не берёт: Пианино и рояли") == true)
        perform([.input("1")], on: &session, at: workday)
        #expect(session.order.total == Money(minorUnits: 905_000_00), "goods and delivery")
    }

    @Test func smallGoodsSeeEveryOptionWithThePickupPoint() {
        var session = callAtGoods(at: workday)
        perform([.input("Метроном x1 по 3000"), .proceed], on: &session, at: workday)
        #expect(session.view.options == ["Курьер", "Самовывоз: Пункт на Тверской, Москва, Тверская, 1", "Такелажная служба"])
        perform([.input("2")], on: &session, at: workday)
        #expect(session.fields["delivery"] == "pickup/center")
    }

    @Test func paymentsFitTheDeliveryTheAmountAndTheClient() {
        var session = callAtGoods(at: workday)
        perform([.input("Рояль Yamaha C1X x1 по 890000"), .proceed, .choose(2), .input("1")], on: &session, at: workday)
        // Cash is for the courier only and up to 50 000 ₽; an invoice is for companies.
        #expect(session.view.options == ["Картой по ссылке"])
        #expect(session.view.prompt == "Как оплатите? Картой по ссылке.")
        let refused = perform([.input("наличными курьеру")], on: &session, at: workday)
        // Both sums said as money is said: no-break spaces, kopecks only when there are any.
        #expect(refused.first?.hasPrefix("«Наличными курьеру» не подходит: только до 50\u{00A0}000\u{00A0}₽, а заказ на 905\u{00A0}000\u{00A0}₽") == true)

        var company = callAtGoods(kind: "2", at: workday)
        perform([.input("Метроном x1 по 3000"), .proceed, .input("1")], on: &company, at: workday)
        #expect(company.view.options == ["Картой по ссылке", "Наличными курьеру", "По счёту для юрлица"])
    }

    @Test func noFeasibleDeliveryOffersTheRegulationsRouteNotADeadEnd() {
        var session = callAtGoods(postal: "236000", at: workday)
        perform([.input("Рояль Yamaha C1X x1 по 890000"), .proceed, .choose(2)], on: &session, at: workday)
        let offer = session.offers.first
        #expect(offer?.kind == .noDelivery)
        #expect(offer?.rule == "piano-consult")
        #expect(session.view.notice?.hasPrefix("Ни один способ доставки в зону «Калининград» не берёт: Пианино и рояли") == true)
        #expect(session.view.options == ["Соединить: Ирина Настройщикова", "Изменить состав заказа"])
        // Going on means changing the goods.
        perform([.choose(2)], on: &session, at: workday)
        #expect(session.current == "goods")
        perform([.input("Метроном x1 по 3000"), .proceed], on: &session, at: workday)
        #expect(session.view.options == ["Почта России"])
    }

    @Test func theDeliveryAnswerOnceGoodsAreKnownNamesOnlyWhatTheyCanUse() throws {
        var session = callAtGoods(at: workday)
        perform([.input("Рояль Yamaha C1X x1 по 890000"), .proceed, .choose(2)], on: &session, at: workday)
        let answer = try #require(compiled.faq.first { $0.id == "faq-delivery" })
        #expect(session.fill(answer.answer) == "В зону «Москва»: Такелажная служба — 2–4 дня, 15\u{00A0}000\u{00A0}₽.")
    }

    // MARK: - Triggers

    @Test func aProductClassOffersItsSpecialistWithAvailability() {
        var session = callAtGoods(at: workday)
        perform([.input("Рояль Yamaha C1X x1 по 890000"), .proceed], on: &session, at: workday)
        #expect(session.offers.map(\.rule) == ["piano-consult"])
        #expect(session.view.contact == "Ирина Настройщикова")
        #expect(session.view.contactAvailable == true)
        #expect(session.view.line == "Могу соединить вас с нашим специалистом по этому вопросу. Соединить?")
        perform([.choose(1)], on: &session, at: workday)
        #expect(session.current == "escalate/piano-consult")
    }

    /// At night the specialist is off: the offer says a message, to whoever the fallback sends it to, in line and option alike.
    @Test func anOfferWhoseContactIsOffSaysAMessageToTheFallbacksContact() {
        var session = callAtGoods(at: night)
        perform([.input("Рояль Yamaha C1X x1 по 890000"), .proceed], on: &session, at: night)
        #expect(session.view.contactAvailable == false)
        #expect(session.view.line == "Могу передать ваш вопрос нашему специалисту — вам перезвонят. Передать?")
        #expect(session.view.options == ["Передать сообщение: Олег Байкалов", "Продолжить оформление"])
        #expect(session.view.notice == "В заказе товар класса «Пианино и рояли». По регламенту предложите клиенту: передать сообщение: Олег Байкалов")
    }

    @Test func anOrderOverTheAmountNotifiesAndTheCallGoesOn() throws {
        var session = callAtGoods(at: workday)
        perform([.input("Рояль Yamaha C1X x1 по 890000"), .proceed, .choose(2), .input("1"), .input("1"), .choose(1)], on: &session, at: workday)
        #expect(session.outcome == .order)
        let notification = try #require(session.notificationRecords(at: workday).first)
        #expect(notification.rule == "big-order")
        #expect(notification.recipient == "oleg@royal-siberia.ru")
        #expect(notification.reason == "Заказ на 905\u{00A0}000\u{00A0}₽ — больше 300\u{00A0}000\u{00A0}₽", "the order as it ended, delivery included")
    }

    /// The piano is taken out again after the big order fired: the owner is not told of an order that no longer is.
    @Test func aNotificationFollowsTheOrderAsItEnds() {
        var session = callAtGoods(at: workday)
        perform([.input("Рояль Yamaha C1X x1 по 890000"), .proceed, .choose(2), .back], on: &session, at: workday)
        #expect(session.notifiedRules == ["big-order"])
        perform([.proceed, .input("Метроном x1 по 3000"), .proceed, .input("1"), .input("1"), .choose(1)], on: &session, at: workday)
        #expect(session.outcome == .order)
        #expect(session.notificationRecords(at: workday).isEmpty)
    }

    @Test func theReadBackSaysNamesTheSummaryAndTheTotal() {
        var session = callAtGoods(at: workday)
        perform([.input("Метроном x2 по 3000"), .proceed, .input("1"), .input("1")], on: &session, at: workday)
        #expect(session.view.line
            == "Повторю: Метроном × 2 — 6\u{00A0}000\u{00A0}₽, итого 6\u{00A0}500 ₽, доставка — Курьер, 1–2 дня, 500\u{00A0}₽, оплата — Картой по ссылке.")
    }

    // MARK: - Confirmation calls

    @Test func aConfirmationCallSaysTheOrdersReferenceAndConfirmsIt() async throws {
        var order = try await takeOrder(channel: "1")
        let reference = order.reference
        let call = ConfirmationCall(runner: runner, orderReference: reference, operatorName: "Ольга", noAnswer: false, now: workday.addingTimeInterval(3600))
        var greeting: String?
        let result = try await call.run { started in
            var session = started
            greeting = session.view.line
            _ = try await runner.perform(.choose(1), on: &session, at: workday)
            return session
        }
        #expect(greeting?.contains("Подтверждаю заказ \(reference)") == true)
        #expect(result == "Заказ \(reference) подтверждён.")
        order = try #require(try await runner.store.order(reference, shop: "royal"))
        #expect(order.status == .confirmed)
    }

    @Test func aNoCallClientGetsATextOnlyWhenTheyOrderedBefore() async throws {
        // First order by SMS: the regulation lets only repeat clients skip the call.
        let first = try await takeOrder(channel: "2")
        let called = ConfirmationCall(runner: runner, orderReference: first.reference, operatorName: "Ольга", noAnswer: true, now: workday.addingTimeInterval(60))
        let firstResult = try await called.run { $0 }
        #expect(firstResult.hasPrefix("Не дозвонились"))
        // The same phone again: a repeat client, confirmed by a text with the order and its reference.
        let second = try await takeOrder(channel: "2")
        let texted = ConfirmationCall(runner: runner, orderReference: second.reference, operatorName: "Ольга", noAnswer: false, now: workday.addingTimeInterval(120))
        let secondResult = try await texted.run { _ in Issue.record("a no-call client must not be called"); throw CancellationError() }
        #expect(secondResult.contains("Клиент просил не звонить (SMS)"))
        #expect(secondResult.contains("ваш заказ \(second.reference) принят: Метроном × 1 — 3\u{00A0}000\u{00A0}₽"))
        let attempts = try await runner.store.attempts(forOrder: second.reference, shop: "royal")
        #expect(attempts.map(\.result) == [.sentAsText])
    }

    /// An order of one metronome by courier, paid by card, stored.
    private func takeOrder(channel: String) async throws -> OrderRecord {
        var session = try await runner.begin(operatorName: "Ольга", at: workday)
        for action: OperatorAction in [
            .choose(1), .choose(1), .input("Анна Смирнова"), .input("8 916 123-45-67"), .input("1"), .input(channel),
            .input("101000"), .input("Тверская ул., д. 5, кв. 1"), .input("Метроном x1 по 3000"), .proceed,
            .input("1"), .input("1"), .choose(1),
        ] {
            if case .failure(let refusal) = try await runner.perform(action, on: &session, at: workday) { Issue.record("\(action): \(refusal)") }
        }
        return try #require(try await runner.store.order(session.record.reference, shop: "royal"))
    }

    // MARK: - Time zones, consent, urgency

    @Test func aPromiseWithoutTheClientsZoneAsksForItAndElseSaysWhoseTime() {
        var session = CallSession.start(compiled, script: compiled.scripts[0], record: record(), validator: FieldValidator(), at: night)
        perform([.choose(2), .choose(2)], on: &session, at: night)
        #expect(session.awaitsZone)
        #expect(session.view.line == nil, "the promise waits for its time")
        perform([.proceed], on: &session, at: night)
        // Wednesday 10:00 in Irkutsk is 05:00 in Moscow: said in the shop's time, and so named.
        #expect(session.promise?.client == "завтра после 05:00 по московскому времени")
        #expect(session.promise?.contact == "сегодня после 10:00 по иркутскому времени")
    }

    @Test func aDigitAtTheZoneQuestionIsToldWhatTheQuestionTakes() {
        var session = CallSession.start(compiled, script: compiled.scripts[0], record: record(), validator: FieldValidator(), at: night)
        perform([.choose(2), .choose(2)], on: &session, at: night)
        let refusals = perform([.choose(1), .input("Атлантида")], on: &session, at: night)
        #expect(refusals == [
            "здесь нет вариантов на выбор: индекс (6 цифр), город или Enter — по времени магазина",
            "«Атлантида» нет в зонах регламента: индекс (6 цифр), город или Enter — по времени магазина",
        ])
        #expect(session.awaitsZone, "the question is still open")
    }

    @Test func aPromiseInTheClientsNamedCity() {
        var session = CallSession.start(compiled, script: compiled.scripts[0], record: record(), validator: FieldValidator(), at: night)
        perform([.choose(2), .choose(2), .input("Калининград")], on: &session, at: night)
        #expect(session.promise?.client == "завтра после 04:00 по вашему времени")
    }

    @Test func theOperatorIsToldWhyAContactIsUnavailable() throws {
        var session = CallSession.start(compiled, script: compiled.scripts[0], record: record(), validator: FieldValidator(), at: holiday)
        perform([.choose(2), .choose(2)], on: &session, at: holiday)
        #expect(session.view.contactStatus == "сейчас не на связи: Олег в отпуске до 9 января — только сообщения")
        let rule = try #require(compiled.escalations.first { $0.id == "message-owner" })
        #expect(session.availabilityNote(of: rule, at: night) == "сейчас вне часов; часы по иркутскому времени: пн–пт 10:00–18:00; сб–вс выходной")
    }

    @Test func aMessageAfterNotCoveredAsksConsentBeforeTheNameAndKeepsTheRulesUrgency() throws {
        var session = CallSession.start(compiled, script: compiled.scripts[0], record: record(), validator: FieldValidator(), at: workday)
        perform([.notCovered, .proceed], on: &session, at: workday)
        #expect(session.nextMessageItem == .consent)
        // The consent read is the message's: the order's would promise to «оформить и доставить заказ».
        let prompt = try #require(session.view.prompt)
        #expect(prompt.contains(compiled.messageConsentLine.text) && prompt.contains("мог ответить вам"), "\(prompt)")
        #expect(!prompt.contains(compiled.consent.text))
        perform([.input("2")], on: &session, at: workday)
        // No consent: no name, no phone; the question, and no urgency asked (the rule says high).
        #expect(session.nextMessageItem == .question)
        perform([.input("Можно ли взять рояль напрокат?")], on: &session, at: workday)
        #expect(session.outcome == .message)
        let message = try #require(session.messageRecord(at: workday))
        #expect(message.content["urgency"] == "high")
        #expect(message.content["consent"] == "refused")
        #expect(message.content["client_name"] == nil)
    }

    // MARK: - No raw placeholder

    @Test func aValueNotKnownYetIsAStandInNeverABrace() throws {
        var session = CallSession.start(compiled, script: compiled.scripts[0], record: record(), validator: FieldValidator(), at: workday)
        perform([.choose(1), .choose(1), .input("Анна Смирнова"), .input("8 916 123-45-67"), .input("1"), .input("1")], on: &session, at: workday)
        let answer = try #require(compiled.faq.first { $0.id == "faq-delivery" })
        let said = session.fill(answer.answer)
        #expect(!said.contains("{{"))
        #expect(said == "В зону «[зона клиента не известна — спросите индекс]»: [зона клиента не известна — спросите индекс].")
    }
}

private extension Error {
    var reason: String { (self as? ActionRefusal)?.reason ?? "\(self)" }
}
