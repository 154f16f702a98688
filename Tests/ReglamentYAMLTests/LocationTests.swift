import Foundation
import ReglamentDiagnostics
import ReglamentYAML
import Testing

/// Every value carries the 1-based line and column where it is written,
/// columns counted in characters as an editor shows them.
struct LocationTests {
    static let regulation = """
        shop:
          name: "Магазин"
          описание: Жук и ёж
          phones: [+7 900, '+7 901']
          hours:
            - mon
            - tue
          prices: {чай: 120, кофе: 150}
          about: |
            Один
            Два
        """

    @Test func scalarsKeysAndCollectionsAreLocated() throws {
        let root = try load(Self.regulation)
        #expect(root.place == "1:1")
        #expect(root.location.file == "test.yaml")
        guard case .mapping(let top) = root.content, let shopPair = top.first else {
            Issue.record("no mapping")
            return
        }
        #expect(shopPair.key.place == "1:1")

        let shop = try #require(root["shop"])
        #expect(shop.place == "2:3")
        guard case .mapping(let pairs) = shop.content else {
            Issue.record("shop is not a mapping")
            return
        }
        #expect(pairs.map(\.key.place) == ["2:3", "3:3", "4:3", "5:3", "8:3", "9:3"])
        #expect(shop["name"]?.place == "2:9")
        #expect(shop["phones"]?.place == "4:11")
        #expect(shop["phones"]?.items.map(\.place) == ["4:12", "4:20"])
        #expect(shop["hours"]?.place == "6:5")
        #expect(shop["hours"]?.items.map(\.place) == ["6:7", "7:7"])
        #expect(shop["about"]?.place == "9:10")
    }

    @Test func cyrillicColumnsCountCharactersNotBytes() throws {
        let shop = try #require(try load(Self.regulation)["shop"])
        // "  описание: " is 12 characters but 20 bytes.
        #expect(shop["описание"]?.place == "3:13")
        #expect(shop["описание"]?.text == "Жук и ёж")
        guard case .mapping(let prices) = shop["prices"]?.content else {
            Issue.record("prices is not a mapping")
            return
        }
        #expect(shop["prices"]?.place == "8:11")
        #expect(prices.map(\.key.place) == ["8:12", "8:22"])
        #expect(prices.map(\.value.place) == ["8:17", "8:28"])
    }

    @Test func scalarStylesAndTagsAreKept() throws {
        let root = try load("a: plain\nb: 'single'\nc: \"double\"\nd: |\n  lit\ne: >\n  folded\nf: !!str 12\n")
        let styles = ["a", "b", "c", "d", "e"].map { key -> YAMLScalar.Style? in
            if case .scalar(let scalar) = root[key]?.content { return scalar.style }
            return nil
        }
        #expect(styles == [.plain, .singleQuoted, .doubleQuoted, .literal, .folded])
        #expect(root["f"]?.tag == "tag:yaml.org,2002:str")
        #expect(root["f"]?.text == "12")
        #expect(root["a"]?.tag == nil)
    }

    @Test func byteOrderMarkAndCRLFKeepLinesAndColumns() throws {
        let text = "\u{FEFF}shop:\r\n  name: Жук\r\n\r\n  phone: \"+7 900\"\r\n"
        let root = try load(text, file: "crlf.yaml")
        #expect(root.place == "1:1")
        let shop = try #require(root["shop"])
        #expect(shop["name"]?.text == "Жук")
        #expect(shop["name"]?.place == "2:9")
        #expect(shop["phone"]?.place == "4:10")
        #expect(shop["phone"]?.text == "+7 900")
        #expect(shop["phone"]?.location.file == "crlf.yaml")
    }

    @Test func loadingFromAFileNamesTheFile() throws {
        let directory = URL.temporaryDirectory.appending(path: "reglament-yaml-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appending(path: "shop.yaml").path
        try Data("shop:\n  name: Жук\n".utf8).write(to: URL(filePath: path))
        let root = try load(contentsOf: path)
        #expect(root["shop"]?["name"]?.location == SourceLocation(file: path, line: 2, column: 9))
    }
}
