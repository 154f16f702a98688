import Foundation
import Testing

/// The Markdown handbook of one example shop, as an operator reads it,
/// compared whole. A change is reviewed in the diff of the golden file;
/// `REGLAMENT_UPDATE_GOLDEN=1 swift test --filter Golden` rewrites it.
@Suite struct GoldenHandbookTests {
    static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Golden/uyut-lavka.handbook.md")

    @Test func uyutLavkaMarkdown() throws {
        let markdown = try HandbookFixtures.renderer().render(try HandbookFixtures.compiled("uyut-lavka")).markdown
        if ProcessInfo.processInfo.environment["REGLAMENT_UPDATE_GOLDEN"] == "1" {
            try markdown.write(to: Self.golden, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: Self.golden, encoding: .utf8)
        #expect(markdown == expected, "the handbook changed: review, then REGLAMENT_UPDATE_GOLDEN=1 swift test --filter Golden")
    }
}
