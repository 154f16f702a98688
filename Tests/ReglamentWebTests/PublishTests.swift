import Foundation
import HummingbirdTesting
import ReglamentRun
import Testing
@testable import ReglamentWeb

/// The owner publishes a new version from the page: it is checked and
/// compared with the live one first, goes live only without errors, and
/// the version it replaces stays, so calls begun on it go on — after a
/// restart too.
@Suite struct PublishTests {
    /// A shop folder's regulation files, as an owner would pick them.
    static func files(of folder: URL) throws -> [(name: String, text: String)] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".yaml") }.sorted().map {
            ($0, try String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8))
        }
    }

    /// The files with one text of regulation.yaml replaced, as an owner edits it.
    static func files(of folder: URL, replacing old: String, with new: String) throws -> [(name: String, text: String)] {
        let files = try files(of: folder).map { file in
            (name: file.name, text: file.name == "regulation.yaml" ? file.text.replacingOccurrences(of: old, with: new) : file.text)
        }
        #expect(files.contains { $0.text.contains(new) })
        return files
    }

    static func upload(of folder: URL) throws -> RegulationUpload {
        try RegulationUpload(try files(of: folder).map { UploadedFile(name: $0.name, bytes: Array($0.text.utf8)) })
    }

    @Test func aNewVersionIsCheckedComparedAndGoesLiveWhileCallsOnTheOldOneGoOn() async throws {
        let fixture = try await WebFixture()
        let shop = try #require(fixture.services.workspace.shop("uyut"))
        let old = try #require(shop.live)
        let begun = try await old.runner.begin(operatorName: "Ольга", at: Date())
        let files = try Self.files(of: shop.folder, replacing: "«Уютная лавка», добрый вечер!", with: "«Уютная лавка», здравствуйте!")
        let main = try #require(files.firstIndex { $0.name == "regulation.yaml" })

        try await fixture.application.test(.router) { client in
            let owner = Browser(client)
            try await owner.logIn("owner-uyut")
            let form = try await owner.get("/shops/uyut/regulation")
            #expect(form.status == .ok && form.body.contains("enctype=\"multipart/form-data\"") && form.body.contains(String(old.id.prefix(12))))

            let sent = try await owner.upload("/shops/uyut/drafts", files: files)
            #expect(sent.status == .seeOther)
            let draft = try await owner.get(try #require(sent.location))
            #expect(draft.status == .ok)
            #expect(draft.body.contains("Что изменится для операторов") && draft.body.contains("здравствуйте!"), "\(draft.body)")
            #expect(draft.body.contains("Опубликовать"))
            // Nothing is live until the owner says so.
            #expect(fixture.services.workspace.shop("uyut")?.live?.id == old.id)

            let published = try await owner.post(try #require(sent.location) + "/publish")
            #expect(published.status == .seeOther && published.location?.hasPrefix("/shops/uyut/regulation?published=") == true)
            let live = try #require(fixture.services.workspace.shop("uyut")?.live)
            #expect(live.id != old.id)
            #expect(try String(contentsOf: shop.folder.appendingPathComponent("regulation.yaml"), encoding: .utf8) == files[main].text)
            let after = try await owner.follow(try #require(published.location))
            #expect(after.body.contains("Опубликована версия \(live.id.prefix(12))") && after.body.contains(String(old.id.prefix(12))))

            // The call begun before goes on on its own version.
            let operatorBrowser = Browser(client)
            try await operatorBrowser.logIn("operator-uyut")
            let call = try await operatorBrowser.get("/shops/uyut/calls/\(begun.record.reference)")
            #expect(call.status == .ok && call.body.contains("добрый вечер!"))
        }

        // A new server over the same folder still knows the old version (from the archive).
        let restarted = try await WebFixture(folder: fixture.folder)
        #expect(restarted.services.workspace.shop("uyut")?.live?.id != old.id)
        try await restarted.application.test(.router) { client in
            let operatorBrowser = Browser(client)
            try await operatorBrowser.logIn("operator-uyut")
            let call = try await operatorBrowser.get("/shops/uyut/calls/\(begun.record.reference)")
            #expect(call.status == .ok && call.body.contains("добрый вечер!"), "\(call.status)")
        }
    }

    @Test func aVersionWithErrorsIsShownWithThemAndNeverGoesLive() async throws {
        let fixture = try await WebFixture()
        let shop = try #require(fixture.services.workspace.shop("uyut"))
        let old = try #require(shop.live?.id)
        let files = try Self.files(of: shop.folder, replacing: "  timezone: Europe/Moscow\n", with: "  timezone: Europe/Moskva\n")

        try await fixture.application.test(.router) { client in
            let owner = Browser(client)
            try await owner.logIn("owner-uyut")
            let sent = try await owner.upload("/shops/uyut/drafts", files: files)
            let location = try #require(sent.location)
            let draft = try await owner.get(location)
            #expect(draft.body.contains("regulation.yaml:") && draft.body.contains("Moskva"))
            // The report names the owner's file, not where the server keeps it.
            #expect(!draft.body.contains(fixture.folder.path) && !draft.body.contains(".reglament"))
            #expect(!draft.body.contains("Опубликовать"))
            let refused = try await owner.post(location + "/publish")
            #expect(refused.status == .unprocessableContent)
            #expect(fixture.services.workspace.shop("uyut")?.live?.id == old)
        }
    }

    @Test func filesAreTakenOnlyByPlainNamesAndReadOnlyFromTheirDraft() async throws {
        let fixture = try await WebFixture()
        let uyut = try #require(fixture.services.workspace.shop("uyut"))
        let bdomFiles = try Self.files(of: try #require(fixture.services.workspace.shop("bdom")).folder)
        try await fixture.application.test(.router) { client in
            let owner = Browser(client)
            try await owner.logIn("owner-uyut")
            try await owner.get("/shops/uyut/regulation")
            for (files, said) in [
                ([(name: "../regulation.yaml", text: "reglament: 1\n")], "без папок"),
                ([(name: "regulation.yaml", text: "x"), (name: "run.sh", text: "x")], "только файлы"),
                ([(name: "geography.yaml", text: "x")], "нет regulation.yaml"),
                ([], "Выберите файлы"),
            ] {
                let page = try await owner.upload("/shops/uyut/drafts", files: files)
                #expect(page.status == .unprocessableContent && page.body.contains(said), "\(files.map(\.name))")
            }
            // An include that leaves the draft's folder is an error of the regulation, not a file read.
            let escaping = "reglament: 1\ninclude: [../../../../uyut-lavka/geography.yaml]\n"
            let sent = try await owner.upload("/shops/uyut/drafts", files: [("regulation.yaml", escaping)])
            let draft = try await owner.get(try #require(sent.location))
            #expect(draft.body.contains("geography.yaml") && !draft.body.contains("Опубликовать") && !draft.body.contains("zones"))

            // Another shop's regulation is not this shop's new version.
            let other = try await owner.upload("/shops/uyut/drafts", files: bdomFiles)
            let review = try await owner.get(try #require(other.location))
            #expect(review.body.contains("другого магазина") && !review.body.contains("Опубликовать"))
            #expect(try await owner.post(try #require(other.location) + "/publish").status == .unprocessableContent)
            #expect(fixture.services.workspace.shop("uyut")?.live?.compiled.shop.name == uyut.live?.compiled.shop.name)
            // A draft id that is not one is a 404, never a path.
            #expect(try await owner.get("/shops/uyut/drafts/..%2F..%2Fetc").status == .notFound)
        }
    }
}
