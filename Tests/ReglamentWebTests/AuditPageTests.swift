import Foundation
import Hummingbird
import HummingbirdTesting
import ReglamentRun
import Testing

/// The auditor's page: the audit of the period picked, and the callbacks
/// promised in it, kept or broken by the owner's marks.
@Suite struct AuditPageTests {
    static func figure(_ label: String, in html: String) -> String? {
        guard let range = html.range(of: "<div>\(label)<b>") else { return nil }
        return String(html[range.upperBound...].prefix { $0 != "<" })
    }

    @Test func promisesAreCountedAsTheOwnerKeepsThem() async throws {
        let fixture = try await WebFixture()
        try await fixture.application.test(.router) { client in
            try await OwnerPageTests.takeOrderAndMessage(fixture, client)
            let message = try #require(try await fixture.store.message("UYUT-1125-002", shop: "uyut"))
            let deadline = try #require(PromiseKeeping.deadline(of: message))
            #expect(message.content["promise_from"] != nil, "the span the callback is promised in is kept with the message")
            let auditor = Browser(client)
            try await auditor.logIn("auditor-uyut")
            let page = try await auditor.get("/shops/uyut/audit?from=2026-11-25&to=2026-11-25")
            #expect(page.status == .ok && page.body.contains("Аудит регламента: Уютная лавка"))
            #expect(page.body.contains(#"<input type="date" name="from" value="2026-11-25">"#), "the period picked")
            #expect(Self.figure(PromiseKeeping.due.said, in: page.body) == "1")
            #expect(!page.body.contains("Анна"), "an auditor does not read clients' names")
            // The deadline passes with no callback marked.
            fixture.setClock(deadline.addingTimeInterval(60))
            try await auditor.logIn("auditor-uyut")
            let late = try await auditor.get("/shops/uyut/audit")
            #expect(Self.figure(PromiseKeeping.broken.said, in: late.body) == "1" && late.body.contains("<code>UYUT-1125-002</code>"))
            // The owner calls back after all: late, and said so on their page too.
            let owner = Browser(client)
            try await owner.logIn("owner-uyut")
            try await owner.post("/shops/uyut/messages/UYUT-1125-002/dealt", [("note", "перезвонила")])
            #expect(try await owner.get("/shops/uyut/outcomes").body.contains(PromiseKeeping.late.said))
            let after = try await auditor.get("/shops/uyut/audit")
            #expect(Self.figure(PromiseKeeping.late.said, in: after.body) == "1" && Self.figure(PromiseKeeping.broken.said, in: after.body) == "0")
            #expect(try await auditor.get("/shops/uyut/audit?from=2026-11-26").body.contains("<div>\(PromiseKeeping.late.said)<b>0</b>"))
        }
    }
}
