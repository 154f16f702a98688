import Foundation
import ReglamentCompile
import ReglamentHandbook
import Testing

/// A regulation's values reach the handbook as text, never as markup, and
/// the HTML asks nothing of the network.
@Suite struct EscapingTests {
    static let hostile = #"<script>alert("x")</script> & 'Рога'"#

    static func hostileRegulation() throws -> CompiledRegulation {
        var compiled = try HandbookFixtures.compiled("uyut-lavka")
        compiled.shop.name = hostile
        compiled.zones[0].name = hostile
        compiled.faq[0].questions[0] = hostile
        compiled.scripts[0].steps[0].line = Line(text: hostile + " {{client.name}}")
        compiled.authority?.may = [hostile]
        return compiled
    }

    @Test func htmlEscapesEveryValue() throws {
        let html = try HandbookFixtures.renderer().render(try Self.hostileRegulation()).html
        #expect(!html.contains("<script"))
        #expect(!html.contains("alert(\"x\")"))
        let escaped = "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;Рога&#39;"
        #expect(html.components(separatedBy: escaped).count - 1 >= 6, "title, h1, zone, question, step, authority")
    }

    @Test func markdownEscapesMarkup() throws {
        let markdown = try HandbookFixtures.renderer().render(try Self.hostileRegulation()).markdown
        #expect(!markdown.contains("<script>"))
        #expect(markdown.contains(#"\<script\>alert("x")\</script\> & 'Рога'"#))
    }

    @Test func markdownValuesCannotBreakATableRow() throws {
        var compiled = try HandbookFixtures.compiled("uyut-lavka")
        compiled.payment[0].name = "карта | наличные\nи *СБП*"
        let markdown = try HandbookFixtures.renderer().render(compiled).markdown
        #expect(markdown.contains(#"| карта \| наличные и \*СБП\* |"#))
    }

    @Test(arguments: HandbookFixtures.shops)
    func htmlIsSelfContained(shop: String) throws {
        let html = try HandbookFixtures.renderer().render(try HandbookFixtures.compiled(shop)).html
        let network = [
            #"(src|href)\s*=\s*["']?\s*(https?:)?//"#,  // a resource or link off the page
            #"@import"#, #"url\("#,
            #"<(script|link|img|iframe|object|embed)\b"#,
        ]
        for pattern in network {
            #expect(html.range(of: pattern, options: [.regularExpression, .caseInsensitive]) == nil, "\(pattern)")
        }
        #expect(html.contains("@media print"))
        #expect(html.contains("<nav class=\"toc\">"))
    }
}
