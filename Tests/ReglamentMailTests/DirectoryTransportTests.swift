import Foundation
import ReglamentMail
import Testing

/// `dir:` — the default with no server: one whole `.eml` per mail, never two.
struct DirectoryTransportTests {
    @Test func eachMailIsOneFileWrittenOnce() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("reglament-eml-\(UUID().uuidString)")
        let composer = try MailFixtures.composer(try MailFixtures.compiled())
        let store = try await MailFixtures.outbox(count: 3, composer: composer)
        let worker = OutboxWorker(store: store, transport: try MailURL.transport("dir:\(folder.path)"), clock: { MailFixtures.noon })
        #expect(try await worker.deliverDue().sent == 3)
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(files.count == 3 && files.allSatisfy { $0.hasSuffix("@uyut.example.eml") && $0.hasPrefix("UYUT-") }, "\(files)")
        let mail = try #require(try await store.mails(in: .sent).first)
        let written = try Data(contentsOf: folder.appendingPathComponent(try #require(files.first)))
        #expect(written == mail.raw)
        #expect(try MailFixtures.parse(written).subject.hasPrefix("[UYUT-"))

        // The same mail again (a worker that died after writing it) adds no file.
        let reply = try await DirectoryTransport(folder: folder).send(mail.raw, from: mail.sender, to: mail.recipients) {}
        #expect(reply.hasPrefix("already in"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).count == 3)
    }

    @Test(arguments: [
        ("smtp://", "host is missing"), ("smtp://host:25?tls=maybe", "tls=maybe"), ("smtp://host?colour=red", "unknown option 'colour'"),
        ("ftp://host", "use dir:PATH"), ("dir:", "give a folder"), ("smtp://user:secret@host?timeout=x", "***"),
    ])
    func badSettingsSayWhat(setting: String, says: String) {
        #expect {
            _ = try MailURL.transport(setting)
        } throws: { error in
            "\(error)".contains(says) && !"\(error)".contains("secret")
        }
    }

    @Test func retriesWaitLongerEachTimeUpToALimit() {
        let policy = RetryPolicy(firstDelay: .seconds(30), longestDelay: .seconds(1800), giveUpAfter: .seconds(3600))
        #expect((1...8).map { policy.delay(afterAttempts: $0) } == [30, 60, 120, 240, 480, 960, 1800, 1800].map { .seconds($0) })
        #expect(!policy.shouldGiveUp(createdAt: MailFixtures.noon, now: MailFixtures.noon.addingTimeInterval(3599)))
        #expect(policy.shouldGiveUp(createdAt: MailFixtures.noon, now: MailFixtures.noon.addingTimeInterval(3600)))
        #expect(RetryPolicy.duration("48h") == .seconds(172_800) && RetryPolicy.duration("2x") == nil)
    }
}
