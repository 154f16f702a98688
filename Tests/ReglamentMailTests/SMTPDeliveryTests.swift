import Foundation
import ReglamentMail
import ReglamentRun
import ReglamentStore
import ReglamentTestSupport
import Testing

/// The outbox against a real SMTP server on loopback (aiosmtpd): what
/// arrives, how it is protected, and what happens when the server fails.
@Suite(.serialized) struct SMTPDeliveryTests {
    let composer: OwnerMailComposer

    init() throws {
        composer = try MailFixtures.composer(try MailFixtures.compiled())
    }

    /// A worker over `store` to `url`, whose clock the test moves.
    func worker(_ store: SQLiteCallStore, _ url: String, clock: Clock = Clock()) throws -> OutboxWorker {
        OutboxWorker(store: store, transport: try MailURL.transport(url), policy: RetryPolicy(), clock: { clock.now })
    }

    final class Clock: @unchecked Sendable {
        private let lock = NSLock()
        private var time = MailFixtures.noon
        var now: Date { lock.withLock { time } }
        func advance(_ seconds: TimeInterval) { lock.withLock { time += seconds } }
    }

    @Test func cyrillicMailArrivesAsWritten() async throws {
        let server = try LoopbackSMTPServer()
        let store = try await MailFixtures.outbox(count: 1, composer: composer)
        let report = try await worker(store, "smtp://127.0.0.1:\(server.port)").deliverDue()
        #expect(report.sent == 1 && report.failed == 0 && report.retried == 0)
        let received = try server.received()
        #expect(received.count == 1)
        let mail = try #require(try await store.mails(in: .sent).first)
        #expect(received.first?.mail_from == "calls@uyut.example" && received.first?.rcpt_tos == ["katya@uyut-lavka.ru"])
        #expect(mail.lastReply?.hasPrefix("250") == true)
        let parsed = try MailFixtures.parse(Data(try #require(received.first).data.utf8))
        #expect(parsed.subject == "[UYUT-1118-001] СРОЧНО: сообщение от клиента — Анна Сергеевна Ёлкина")
        #expect(parsed.fromName == "Уютная лавка · Reglament")
        #expect(parsed.text.contains("Можно ли вернуть свечу, если не подошёл аромат?\nЧек сохранила."))
        #expect(parsed.messageID == mail.messageID)
    }

    @Test(arguments: ["PLAIN", "LOGIN"])
    func authenticates(mechanism: String) async throws {
        let server = try LoopbackSMTPServer(flags: ["--auth", "reglament:пароль-1", "--auth-only", mechanism])
        let store = try await MailFixtures.outbox(count: 1, composer: composer)
        let password = "пароль-1".addingPercentEncoding(withAllowedCharacters: .urlPasswordAllowed)!
        let report = try await worker(store, "smtp://reglament:\(password)@127.0.0.1:\(server.port)").deliverDue()
        #expect(report.sent == 1, "\(report)")
        #expect(try server.received().count == 1)
    }

    @Test func aWrongPasswordKeepsTheMailAndSaysWhy() async throws {
        let server = try LoopbackSMTPServer(flags: ["--auth", "reglament:secret"])
        let store = try await MailFixtures.outbox(count: 2, composer: composer)
        let report = try await worker(store, "smtp://reglament:wrong@127.0.0.1:\(server.port)").deliverDue()
        #expect(report.sent == 0 && report.unreachable?.contains("535") == true, "\(report)")
        #expect(try await store.mails(in: .queued).count == 2, "a bad setting burns no mail")
        #expect(try server.received().isEmpty)
    }

    @Test func startTLSWhenRequired() async throws {
        let server = try LoopbackSMTPServer(flags: try TestCertificate.serverFlags())
        let store = try await MailFixtures.outbox(count: 2, composer: composer)
        let url = "smtp://localhost:\(server.port)?tls=required&cafile=\(TestCertificate.certificate)"
        let report = try await worker(store, url).deliverDue()
        #expect(report.sent == 2, "\(report)")
        #expect(try server.received().count == 2)
    }

    @Test func implicitTLS() async throws {
        let server = try LoopbackSMTPServer(flags: try TestCertificate.serverFlags(implicit: true))
        let store = try await MailFixtures.outbox(count: 1, composer: composer)
        let report = try await worker(store, "smtps://localhost:\(server.port)?cafile=\(TestCertificate.certificate)").deliverDue()
        #expect(report.sent == 1, "\(report)")
        #expect(try server.received().count == 1)
    }

    @Test func requiredTLSIsNotSkipped() async throws {
        let server = try LoopbackSMTPServer()
        let store = try await MailFixtures.outbox(count: 1, composer: composer)
        let report = try await worker(store, "smtp://127.0.0.1:\(server.port)?tls=required").deliverDue()
        #expect(report.sent == 0 && report.unreachable?.contains("does not offer STARTTLS") == true, "\(report)")
        #expect(try server.received().isEmpty, "nothing sent in the clear")
    }

    @Test func anUntrustedCertificateIsRefused() async throws {
        let server = try LoopbackSMTPServer(flags: try TestCertificate.serverFlags())
        let store = try await MailFixtures.outbox(count: 1, composer: composer)
        let report = try await worker(store, "smtp://localhost:\(server.port)?tls=required").deliverDue()
        #expect(report.sent == 0 && report.unreachable != nil, "\(report)")
        #expect(try server.received().isEmpty)
    }

    /// The server is down for the whole run: nothing is lost; once it is up, everything arrives once.
    @Test func serverDownThenUpLosesAndDuplicatesNothing() async throws {
        let port = try LoopbackSMTPServer.freePort()
        let store = try await MailFixtures.outbox(count: 30, composer: composer)
        let clock = Clock()
        let outbox = try worker(store, "smtp://127.0.0.1:\(port)", clock: clock)
        for _ in 0..<3 {
            let report = try await outbox.deliverDue()
            #expect(report.sent == 0 && report.unreachable != nil)
            clock.advance(3600)
        }
        #expect(try await store.mails(in: .queued).count == 30, "all still queued")

        let server = try LoopbackSMTPServer(port: port)
        let report = try await outbox.deliverDue()
        #expect(report.sent == 30, "\(report)")
        let received = try server.received()
        let ids = received.compactMap(\.messageID)
        #expect(received.count == 30 && Set(ids).count == 30, "0 lost, 0 duplicates")
        #expect(try await store.mails(in: .sent).count == 30)
    }

    @Test func aTemporaryRefusalIsRetriedLater() async throws {
        let server = try LoopbackSMTPServer(flags: ["--tempfail-first"])
        let store = try await MailFixtures.outbox(count: 3, composer: composer)
        let clock = Clock()
        let outbox = try worker(store, "smtp://127.0.0.1:\(server.port)", clock: clock)
        let first = try await outbox.deliverDue()
        #expect(first.retried == 3 && first.sent == 0, "each refused with 451 and kept: \(first)")
        let waiting = try await store.mails(in: .queued)
        #expect(waiting.allSatisfy { $0.lastReply?.contains("451") == true && $0.nextAttemptAt == MailFixtures.noon.addingTimeInterval(30) })
        #expect(try await outbox.deliverDue().sent == 0, "not before its time")
        clock.advance(30)
        #expect(try await outbox.deliverDue().sent == 3)
        #expect(try server.received().count == 3)
    }

    @Test func aPermanentRefusalFailsWithTheReply() async throws {
        let server = try LoopbackSMTPServer(flags: ["--reject", "katya@uyut-lavka.ru"])
        let store = try await MailFixtures.outbox(count: 1, composer: composer)
        let report = try await worker(store, "smtp://127.0.0.1:\(server.port)").deliverDue()
        #expect(report.failed == 1)
        let failed = try #require(try await store.mails(in: .failed).first)
        #expect(failed.lastReply?.contains("550") == true && failed.lastReply?.contains("mailbox unavailable") == true, "\(failed.lastReply ?? "")")
    }

    @Test func aConnectionDroppedInDataIsDeliveredOnceOnRetry() async throws {
        let server = try LoopbackSMTPServer(flags: ["--drop-mid-data"])
        let store = try await MailFixtures.outbox(count: 1, composer: composer)
        let clock = Clock()
        let outbox = try worker(store, "smtp://127.0.0.1:\(server.port)", clock: clock)
        let first = try await outbox.deliverDue()
        #expect(first.sent == 0 && first.retried == 1, "\(first)")
        #expect(try server.received().isEmpty, "a half-sent mail is not accepted")
        clock.advance(30)
        #expect(try await outbox.deliverDue().sent == 1)
        #expect(try server.received().count == 1)
    }

    /// The server takes the mail, and the connection drops before its 250
    /// reaches the worker: a temporary failure (RFC 5321 §3.8), so the mail
    /// is sent again — the same Message-ID both times — and counted as
    /// possibly delivered twice.
    @Test func aReplyLostAfterTheDotIsSentAgainWithTheSameMessageID() async throws {
        let server = try LoopbackSMTPServer(flags: ["--drop-after-dot"])
        let store = try await MailFixtures.outbox(count: 1, composer: composer)
        let clock = Clock()
        let outbox = try worker(store, "smtp://127.0.0.1:\(server.port)", clock: clock)
        let first = try await outbox.deliverDue()
        #expect(first.sent == 0 && first.retried == 1 && first.uncertain == 1 && first.unreachable != nil, "\(first)")
        #expect(try server.received().count == 1, "the server has it; the worker cannot know")
        let waiting = try #require(try await store.mails(in: .queued).first)
        #expect(waiting.uncertainHandOvers == 1 && waiting.lastReply?.contains("may have arrived") == true, "\(waiting.lastReply ?? "")")
        #expect(waiting.nextAttemptAt == MailFixtures.noon.addingTimeInterval(30), "retried as after a 451")
        clock.advance(30)
        let second = try await outbox.deliverDue()
        #expect(second.sent == 1 && second.uncertain == 0, "\(second)")
        let ids = try server.received().map(\.messageID)
        #expect(ids.count == 2 && ids[0] == waiting.messageID && ids[1] == waiting.messageID, "\(ids)")
        let id = try #require(waiting.id)
        let sent = try #require(try await store.mail(id))
        #expect(sent.state == .sent && sent.attempts == 2 && sent.uncertainHandOvers == 1 && sent.mayBeDuplicated)
    }

    /// Two workers (two operators' runners) over one outbox: each mail goes once.
    @Test func twoWorkersSendEachMailOnce() async throws {
        let server = try LoopbackSMTPServer()
        let store = try await MailFixtures.outbox(count: 40, composer: composer)
        let url = "smtp://127.0.0.1:\(server.port)"
        async let one = worker(store, url).deliverDue()
        async let two = worker(store, url).deliverDue()
        let reports = try await [one, two]
        #expect(reports.map(\.sent).reduce(0, +) == 40)
        #expect(try server.received().count == 40)
    }
}
