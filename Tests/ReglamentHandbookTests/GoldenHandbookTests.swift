import Foundation
import ReglamentHandbook
import ReglamentTestSupport
import Testing

/// The handbook of one example shop, as an operator reads it (Markdown)
/// and prints it (HTML), and its flow graphs, compared whole (`GoldenFile`).
@Suite struct GoldenHandbookTests {
    @Test func uyutLavkaMarkdown() throws {
        let markdown = try HandbookFixtures.renderer().render(try HandbookFixtures.compiled("uyut-lavka")).markdown
        try compare(markdown, with: GoldenFile("uyut-lavka.handbook.md"))
    }

    @Test func uyutLavkaHTML() throws {
        let html = try HandbookFixtures.renderer().render(try HandbookFixtures.compiled("uyut-lavka")).html
        try compare(html, with: GoldenFile("uyut-lavka.handbook.html"))
    }

    /// In `GoldenHandbookTests`, not `FlowGraphTests`, so that `--filter Golden` finds it.
    @Test(arguments: ["flow.dot", "flow.mmd"])
    func uyutLavkaFlowGraph(name: String) throws {
        let graph = FlowGraph(try HandbookFixtures.compiled("uyut-lavka"))
        try compare(name == "flow.dot" ? graph.dot() : graph.mermaid(), with: GoldenFile("uyut-lavka.\(name)"))
    }

    private func compare(_ actual: String, with golden: GoldenFile) throws {
        let expected = try golden.expected(actual)
        #expect(actual == expected, "the handbook changed: \(golden.firstDifference(actual, expected))\n\(GoldenFile.howToUpdate)")
    }
}
