import Foundation
import ReglamentTestSupport
import Testing

/// `reglament init` as a new owner meets it: one command, then `check
/// --strict`, `test` and `test --explore` pass on what it wrote; a folder
/// that already has a regulation is left alone.
@Suite(.serialized) struct InitCommandTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("reglament-init-\(UUID().uuidString)")
    var shop: URL { folder.appendingPathComponent("shop") }
    var regulation: String { shop.appendingPathComponent("regulation.yaml").path }

    /// A name YAML would misread unquoted: quotes, a colon and space, a `#`, a backslash.
    static let awkwardName = #"Рога & "Копыта": опт #1 \ склад"#

    func files(in folder: URL) throws -> [String] {
        let walk = try #require(FileManager.default.enumerator(atPath: folder.path))
        return walk.compactMap { $0 as? String }.sorted()
    }

    @Test func writesARegulationThatPassesCheckTestAndExplore() throws {
        let started = try ReglamentProcess.run(["init", shop.path, "--shop", Self.awkwardName])
        #expect(started.status == 0, "\(started.combined)")
        #expect(try files(in: shop) == [
            "regulation.schema.json", "regulation.yaml", "scenarios", "scenarios/complaint-damaged.yaml", "scenarios/night-not-covered.yaml",
            "scenarios/order.yaml", "scenarios/question-answered.yaml", "scenarios/transfer-owner.yaml",
        ])
        let text = try String(contentsOfFile: regulation, encoding: .utf8)
        #expect(text.hasPrefix("# yaml-language-server: $schema=regulation.schema.json\n"), "\(text.prefix(200))")
        #expect(text.contains("ВЫБЕРИТЕ:"))
        #expect(!text.contains("<%") && !text.contains("%>"), "no template tag left")

        let check = try ReglamentProcess.run(["check", "--strict", regulation])
        #expect(check.status == 0, "\(check.combined)")
        let test = try ReglamentProcess.run(["test", regulation])
        #expect(test.status == 0, "\(test.combined)")
        let explore = try ReglamentProcess.run(["test", "--explore", regulation, "--from", "2026-11-23T00:00:00Z"], timeout: .seconds(600))
        #expect(explore.status == 0, "\(explore.combined.suffix(2000))")

        // The name reads back as typed, and is said as typed.
        let out = folder.appendingPathComponent("out")
        let compiled = try ReglamentProcess.run(["compile", regulation, "-o", out.path])
        #expect(compiled.status == 0, "\(compiled.combined)")
        let scriptFile = try #require(try FileManager.default.contentsOfDirectory(atPath: out.path).first { $0.hasSuffix(".script.json") })
        #expect(scriptFile == "roga-kopyta-opt.script.json")
        let script = try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent(scriptFile))) as? [String: Any]
        let shopFacts = try #require(script?["shop"] as? [String: Any])
        #expect(shopFacts["name"] as? String == Self.awkwardName)
    }

    @Test func withoutAShopNameItIsMyShop() throws {
        let started = try ReglamentProcess.run(["init", shop.path])
        #expect(started.status == 0, "\(started.combined)")
        let text = try String(contentsOfFile: regulation, encoding: .utf8)
        #expect(text.contains("  id: moy-magazin\n") && text.contains("  name: \"Мой магазин\"\n"))
        #expect(try ReglamentProcess.run(["check", "--strict", regulation]).status == 0)
    }

    @Test func refusesToOverwriteAndWritesNothing() throws {
        #expect(try ReglamentProcess.run(["init", shop.path]).status == 0)
        let mine = "# my own regulation\n"
        try mine.write(toFile: regulation, atomically: true, encoding: .utf8)
        try FileManager.default.removeItem(at: shop.appendingPathComponent("scenarios/order.yaml"))
        let before = try files(in: shop)

        let again = try ReglamentProcess.run(["init", shop.path, "--shop", "Другое"])
        #expect(again.status == 2)
        #expect(again.stderr.contains("'\(regulation)' already exists") && again.stderr.contains("nothing was written"), "\(again.stderr)")
        #expect(try String(contentsOfFile: regulation, encoding: .utf8) == mine)
        #expect(try files(in: shop) == before, "the missing scenario is not written either")
    }

    @Test func anEmptyShopNameIsRefused() throws {
        let result = try ReglamentProcess.run(["init", shop.path, "--shop", "  "])
        #expect(result.status == 2 && result.stderr.contains("--shop"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: shop.path))
    }
}
