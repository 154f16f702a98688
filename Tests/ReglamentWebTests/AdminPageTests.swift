import Foundation
import Hummingbird
import HummingbirdTesting
import ReglamentAccess
import Testing

/// The admin's page does what `reglament users` does.
@Suite struct AdminPageTests {
    @Test func theAdminAddsRenamesResetsAndRemovesPeople() async throws {
        let fixture = try await WebFixture()
        try await fixture.application.test(.router) { client in
            let admin = Browser(client)
            try await admin.logIn("admin")
            let refused = try await admin.post("/admin/users", [("name", "ivan"), ("role", "operator"), ("shops", "uyut"), ("password", "пароль Ивана 1")])
            #expect(refused.status == .unprocessableContent && refused.body.contains("имя для клиента"), "an operator needs a spoken name")
            let added = try await admin.post(
                "/admin/users", [("name", "ivan"), ("role", "operator"), ("shops", "uyut"), ("spoken_name", "Иван"), ("password", "пароль Ивана 1")])
            #expect(added.status == .seeOther)
            let ivan = Browser(client)
            #expect(try await ivan.logIn("ivan", password: "пароль Ивана 1").body.contains("Уютная лавка"))
            let call = try await CallPageTests.newCall(ivan, shop: "uyut")
            #expect(CallPageTests.say(in: try await ivan.get(call).body).contains("Меня зовут Иван"))

            try await admin.get("/admin")
            #expect(try await admin.post("/admin/users/ivan", [("change", "spoken_name"), ("spoken_name", "Ваня")]).status == .seeOther)
            #expect(try await fixture.store.user(try UserName(parsing: "ivan"))?.spokenName == "Ваня")

            let reset = try await admin.post("/admin/users/ivan", [("change", "password")])
            let password = try #require(reset.body.components(separatedBy: "(показан один раз): ").last?.prefix { $0.isLetter || $0.isNumber })
            #expect(password.count == 20)
            #expect(try await ivan.get("/").status == .seeOther, "a new password ends the person's sessions")
            #expect(try await ivan.logIn("ivan", password: String(password)).status == .ok)

            #expect(try await admin.post("/admin/users/admin", [("change", "remove")]).status == .unprocessableContent, "not oneself")
            #expect(try await admin.post("/admin/users/ivan", [("change", "remove")]).status == .seeOther)
            #expect(try await ivan.get("/").status == .seeOther, "a removed person is logged out")
            #expect(try await fixture.store.user(try UserName(parsing: "ivan")) == nil)
        }
    }
}
