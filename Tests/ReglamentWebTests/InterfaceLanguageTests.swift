import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

/// The workspace in Russian and English: the two string tables agree, every
/// word a template asks for is there, and a person gets the language they
/// chose, else their regulation's, else (before login) their browser's.
@Suite struct InterfaceLanguageTests {
    static let textFolder = WebFixture.packageRoot.appendingPathComponent("Templates/web/text")
    static let templateFolder = WebFixture.packageRoot.appendingPathComponent("Templates/web")

    static func table(_ code: String) throws -> [String: String] {
        try JSONDecoder().decode([String: String].self, from: Data(contentsOf: textFolder.appendingPathComponent("\(code).json")))
    }

    static func placeholders(_ text: String) -> Set<String> {
        Set(text.matches(of: /\{([A-Za-z0-9_]+)\}/).map { String($0.output.1) })
    }

    @Test func bothTablesHaveTheSameKeysAndPlaceholders() throws {
        let russian = try Self.table("ru"), english = try Self.table("en")
        #expect(Set(russian.keys) == Set(english.keys), "only in ru: \(Set(russian.keys).subtracting(english.keys)); only in en: \(Set(english.keys).subtracting(russian.keys))")
        for (key, text) in russian {
            #expect(Self.placeholders(text) == Self.placeholders(english[key] ?? ""), "\(key): «\(text)» and «\(english[key] ?? "")»")
            #expect(!(english[key] ?? "").isEmpty, "\(key) has no English")
        }
    }

    @Test func everyWordATemplateAsksForIsInTheTables() throws {
        let russian = try Self.table("ru")
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.templateFolder.path).filter { $0.hasSuffix(".mustache") }
        #expect(names.count >= 9)
        var asked = 0
        for name in names {
            let template = try String(contentsOf: Self.templateFolder.appendingPathComponent(name), encoding: .utf8)
            for match in template.matches(of: /\{\{\s*t\.([A-Za-z0-9_]+)\s*\}\}/) {
                asked += 1
                #expect(russian[String(match.output.1)] != nil, "\(name) asks for t.\(match.output.1)")
            }
        }
        #expect(asked > 100)
    }

    /// The Russian interface's words (each run between placeholders, of more than 3 letters) that the
    /// regulations' own files do not also say: none of them may be on an English page.
    static func russianInterfaceWords() throws -> [String] {
        var regulations = ""
        for shop in ["uyut-lavka", "bolshoy-dom"] {
            let folder = WebFixture.packageRoot.appendingPathComponent("Regulations/\(shop)")
            for case let url as URL in FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)?.allObjects ?? [] {
                regulations += (try? String(contentsOf: url, encoding: .utf8)) ?? ""
            }
        }
        let runs = try Self.table("ru").values.flatMap { $0.split(separator: /\{[A-Za-z0-9_]+\}/).map { $0.trimmingCharacters(in: .whitespacesAndNewlines) } }
        return Set(runs).filter { run in
            run.unicodeScalars.filter { $0.properties.isAlphabetic }.count > 3 && run.unicodeScalars.contains { (0x400...0x4FF).contains($0.value) }
                && !regulations.contains(run)
        }.sorted()
    }

    static func expectEnglish(_ page: Browser.Page, _ english: [String], _ words: [String], _ what: String) {
        #expect(page.status == .ok, "\(what): \(page.status)")
        #expect(page.body.contains(#"<html lang="en">"#), "\(what) is not marked English")
        for word in english { #expect(page.body.contains(word), "\(what) does not say «\(word)»") }
        let russian = words.filter { page.body.contains($0) }
        #expect(russian.isEmpty, "\(what) says in Russian: \(russian)")
    }

    static func choose(_ browser: Browser, _ code: String, back: String = "/") async throws -> Browser.Page {
        try await browser.post("/account/language", [("language", code), ("back", back)])
    }

    @Test func aPersonWhoChoseEnglishGetsEveryPageInEnglishAcrossLogins() async throws {
        let fixture = try await WebFixture()
        let words = try Self.russianInterfaceWords()
        #expect(words.count > 50)
        try await fixture.application.test(.router) { client in
            let operatorBrowser = Browser(client)
            let home = try await operatorBrowser.logIn("operator-uyut")
            #expect(home.body.contains(#"<html lang="ru">"#) && home.body.contains("Новый входящий звонок"))
            let chosen = try await Self.choose(operatorBrowser, "en", back: "/?from=menu")
            #expect(chosen.status == .seeOther && chosen.location == "/?from=menu")
            Self.expectEnglish(try await operatorBrowser.get("/"), ["New incoming call", "Log out", "Handbook", "operator"], words, "the home page")
            let call = try await CallPageTests.newCall(operatorBrowser, shop: "uyut")
            let step = try await operatorBrowser.get(call)
            Self.expectEnglish(step, ["Say:", "Next", "not in the regulation", "Call "], words, "the call page")
            let refused = try await operatorBrowser.post("/shops/uyut/calls", [("postal", "12")])
            #expect(refused.status == .unprocessableContent && refused.body.contains("is not a postal code"))
            let missing = try await operatorBrowser.get("/shops/bdom/calls/none")
            #expect(missing.status == .notFound && missing.body.contains("There is no such page."))
            let forbidden = try await operatorBrowser.get("/shops/uyut/outcomes")
            #expect(forbidden.status == .forbidden && forbidden.body.contains("This page is not for your role."))

            let owner = Browser(client)
            try await owner.logIn("owner-uyut")
            #expect(try await Self.choose(owner, "en", back: "/shops/uyut/outcomes").location == "/shops/uyut/outcomes")
            Self.expectEnglish(try await owner.get("/shops/uyut/outcomes"), ["Orders and messages", "Outcome", "Show"], words, "the owner's list")
            Self.expectEnglish(try await owner.get("/shops/uyut/regulation"), ["Version in service", "New version", "Check"], words, "the regulation page")
            let notTaken = try await owner.upload("/shops/uyut/drafts", files: [("notes.exe", "x")])
            #expect(notTaken.status == .unprocessableContent && notTaken.body.contains("only .yaml, .yml, .txt and .html files are taken"))
            // The export's columns do not move with the page's language.
            #expect(try await owner.get("/shops/uyut/outcomes.csv").body.contains("Дата"))

            let admin = Browser(client)
            try await admin.logIn("admin")
            _ = try await Self.choose(admin, "en")
            Self.expectEnglish(try await admin.follow("/"), ["Administration", "People", "New password", "auditor"], words, "the admin page")
            let added = try await admin.post("/admin/users", [("name", "newcomer"), ("role", "owner"), ("password", "long enough password")])
            #expect(added.body.contains("Name a shop: an owner works only in the shops granted."))

            // A new login keeps the choice.
            let again = Browser(client)
            Self.expectEnglish(try await again.logIn("operator-uyut"), ["New incoming call"], words, "the home page after a new login")
            // Back to the regulation's language.
            _ = try await Self.choose(again, "")
            #expect(try await again.get("/").body.contains(#"<html lang="ru">"#))
        }
    }

    @Test func noChoiceOnARussianShopIsRussianAndTheChooserSaysSo() async throws {
        let fixture = try await WebFixture()
        try await fixture.application.test(.router) { client in
            let browser = Browser(client)
            let home = try await browser.logIn("owner-bdom")
            #expect(home.body.contains(#"<html lang="ru">"#) && home.body.contains("Заказы и сообщения"))
            #expect(home.body.contains(#"<option value="" selected>как в регламенте</option>"#))
            #expect(home.body.contains(#"<option value="en" lang="en">English</option>"#))
            let outcomes = try await browser.get("/shops/bdom/outcomes")
            #expect(outcomes.body.contains(#"<html lang="ru">"#) && outcomes.body.contains("Показать"))
        }
    }

    @Test func theLanguageFormComesBackOnlyToThisServerAndNeedsItsToken() async throws {
        let fixture = try await WebFixture()
        try await fixture.application.test(.router) { client in
            let browser = Browser(client)
            try await browser.logIn("auditor-uyut")
            for back in ["//evil.example/", "https://evil.example/", "/\\evil.example", "", "javascript:alert(1)"] {
                #expect(try await Self.choose(browser, "en", back: back).location == "/", "\(back)")
            }
            #expect(try await Self.choose(browser, "de").status == .badRequest)
            #expect(try await browser.post("/account/language", [("language", "ru")], csrf: "forged").status == .forbidden)
            let stranger = Browser(client)
            #expect(try await stranger.post("/account/language", [("language", "en")]).location?.hasPrefix("/login") == true)
        }
    }

    @Test func theLoginPageFollowsTheBrowser() async throws {
        let fixture = try await WebFixture()
        let cases = [
            ("en", "en"), ("en-GB,en;q=0.9", "en"), ("ru-RU,ru;q=0.9,en;q=0.8", "ru"), ("de-DE,de;q=0.9,en;q=0.5", "en"),
            ("en;q=0.3, ru;q=0.7", "ru"), ("de", "ru"), ("", "ru"), ("en;q=0", "ru"),
        ]
        try await fixture.application.test(.router) { client in
            for (header, expected) in cases {
                let response = try await client.execute(uri: "/login", method: .get, headers: [.acceptLanguage: header])
                let body = String(buffer: response.body)
                #expect(body.contains("<html lang=\"\(expected)\">"), "\(header)")
                #expect(body.contains(expected == "en" ? "<h1>Log in</h1>" : "<h1>Вход</h1>"), "\(header)")
            }
            // No header at all: Russian.
            #expect(String(buffer: try await client.execute(uri: "/login", method: .get).body).contains("<h1>Вход</h1>"))
        }
    }
}
