import Foundation
import ReglamentCompile
import ReglamentHandbook
import ReglamentTestSupport
import Testing

/// The flow graphs: every step and branch drawn, the DOT rendered by the
/// real Graphviz `dot`, which must accept it without a word, into SVG that
/// is well-formed XML; the Mermaid checked statement by statement.
struct FlowGraphTests {
    @Test(arguments: HandbookFixtures.shops)
    func graphvizRendersEveryExample(shop: String) throws {
        let compiled = try HandbookFixtures.compiled(shop)
        let dot = FlowGraph(compiled).dot()
        let rendered = try Graphviz.render(dot)
        #expect(rendered.status == 0 && rendered.errors.isEmpty, "\(rendered.errors)")
        try Graphviz.expectWellFormed(rendered.svg)
        for cluster in FlowGraph(compiled).clusters {
            // Cyrillic reaches the picture as written, not as escapes.
            #expect(rendered.svg.contains(">\(Self.svgText(cluster.title))</text>"), "\(cluster.title)")
        }
        for script in compiled.scripts {
            for step in script.steps {
                #expect(dot.contains("\"\(script.id)/\(step.id)\" [label=\"\(script.steps.firstIndex(of: step)! + 1). "), "\(script.id)/\(step.id) is not drawn")
            }
        }
        let drawn = Set(dot.split(separator: "\n").compactMap(Self.dotEdge))
        for edge in Self.expectedEdges(compiled) {
            let from = edge.from.map { "\(edge.script)/\($0)" } ?? "\(edge.script)/\(FlowGraph.anyStep)"
            #expect(drawn.contains("\(from) -> \(edge.script)/\(edge.to)"), "\(edge) is not drawn")
        }
    }

    @Test(arguments: HandbookFixtures.shops)
    func mermaidHasEveryStepAndBranch(shop: String) throws {
        let compiled = try HandbookFixtures.compiled(shop)
        let mermaid = FlowGraph(compiled).mermaid()
        let lines = mermaid.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.first == "flowchart TD")
        #expect(lines.last == "", "ends with a line break")
        for line in lines.dropFirst().dropLast() {
            #expect(Mermaid.isStatement(line), "not a statement this writer makes: \(line)")
        }
        for (scriptIndex, script) in compiled.scripts.enumerated() {
            for (index, step) in script.steps.enumerated() {
                let declaration = "    s\(scriptIndex)_\(index)"
                let declared = try #require(lines.first { $0.hasPrefix(declaration) && !$0.dropFirst(declaration.count).first!.isNumber })
                #expect(declared.contains("\"\(index + 1). "), "\(script.id)/\(step.id): \(declared)")
                switch step.kind {
                case .outcome:
                    #expect(declared.hasSuffix("\")))"))
                    #expect(lines.contains("  class s\(scriptIndex)_\(index) outcome_\(step.outcome?.rawValue ?? "")"))
                case .escalation:
                    #expect(declared.hasSuffix("\"}}"))
                    #expect(lines.contains("  class s\(scriptIndex)_\(index) escalation"))
                default:
                    #expect(declared.hasSuffix("\"]"))
                }
            }
        }
        // Every edge of the compiled scripts, and no other.
        let index = Dictionary(uniqueKeysWithValues: compiled.scripts.enumerated().flatMap { scriptIndex, script in
            script.steps.enumerated().map { ("\(script.id)/\($1.id)", "s\(scriptIndex)_\($0)") }
        })
        let scriptIndex = Dictionary(uniqueKeysWithValues: compiled.scripts.enumerated().map { ($1.id, $0) })
        let expected = Self.expectedEdges(compiled).map { edge in
            let from = edge.from.map { index["\(edge.script)/\($0)"] ?? "?" } ?? "s\(scriptIndex[edge.script]!)_any"
            return "\(from) -> \(index["\(edge.script)/\(edge.to)"] ?? "?")"
        }
        let drawn = lines.compactMap(Mermaid.edge)
        #expect(drawn.sorted() == expected.sorted())
    }

    @Test func hostileTextIsEscapedForBothLanguages() throws {
        var compiled = try HandbookFixtures.compiled("uyut-lavka")
        let hostile = "`Скажите` \"да\" \\ нет \\l \\N <script>alert(1)</script> {скобки} [x] (y) | труба # решётка #quot; & амп;"
            + " end\nновая строка\r\nещё\u{2028}и ещё\tтаб \u{1B}[31m\u{7} конец \\"
        compiled.scripts[0].steps[0].line = Line(text: hostile)
        compiled.scripts[0].steps[1].options[0].label = hostile
        compiled.scripts[0].title = hostile
        let graph = FlowGraph(compiled)

        let rendered = try Graphviz.render(graph.dot())
        #expect(rendered.status == 0 && rendered.errors.isEmpty, "\(rendered.errors)")
        try Graphviz.expectWellFormed(rendered.svg)
        // The title is drawn whole, every character as written: the quote,
        // the backslashes (`\l` and `\N` are not Graphviz escapes here), the markup as text.
        let title = "`Скажите` &quot;да&quot; \\ нет \\l \\N &lt;script&gt;alert(1)&lt;/script&gt; {скобки} [x] (y) | труба # решётка #quot; &amp; амп; end"
        #expect(rendered.svg.contains(title), "\(rendered.svg)")
        #expect(rendered.svg.contains("ещё"))
        // Control characters become spaces (Graphviz writes a second space as `&#160;`).
        #expect(rendered.svg.contains("таб &#160;[31m &#160;конец \\<"))

        let mermaid = graph.mermaid()
        let lines = mermaid.split(separator: "\n").map(String.init)
        for line in lines.dropFirst() {
            #expect(Mermaid.isStatement(line), "a label broke out of its statement: \(line)")
        }
        #expect(mermaid.contains("#96;Скажите#96; #quot;да#quot; \\ нет"))
        #expect(mermaid.contains("#lt;script#gt;alert(1)#lt;/script#gt; {скобки} [x] (y) | труба #35; решётка #35;quot; #amp; амп; end<br/>новая строка<br/>ещё<br/>и ещё таб"))
        #expect(!mermaid.contains("<script>"))
        #expect(Mermaid.edge(lines.first { $0.hasPrefix("  s0_1 -->|\"1. #96;") } ?? "") == "s0_1 -> s0_\(try Self.target(of: compiled, script: 0, step: 1))")
    }

    @Test func anytimeExitsAreDrawnFromOneMarker() throws {
        let compiled = try HandbookFixtures.compiled("uyut-lavka")
        let script = try #require(compiled.scripts.first { $0.anytime.notCovered != nil })
        let cluster = try #require(FlowGraph(compiled).clusters.first { $0.script == script.id })
        #expect(!cluster.anytime.isEmpty)
        #expect(cluster.anytime.allSatisfy { $0.from == FlowGraph.anyStep && $0.style == .anytime })
        #expect(Set(cluster.anytime.map(\.to)) == Set([script.anytime.notCovered, script.anytime.escalate].compactMap { $0 }))
        let dot = FlowGraph(compiled).dot()
        #expect(dot.contains("\"\(script.id)/\(FlowGraph.anyStep)\" [label=\"любой шаг\", shape=note"))
    }

    @Test func outputIsDeterministic() throws {
        for shop in HandbookFixtures.shops {
            // Two compilations, not one graph written twice.
            let first = FlowGraph(try HandbookFixtures.compiled(shop)), second = FlowGraph(try HandbookFixtures.compiled(shop))
            #expect(Data(first.dot().utf8) == Data(second.dot().utf8))
            #expect(Data(first.mermaid().utf8) == Data(second.mermaid().utf8))
        }
    }

    // MARK: - Expectations from the compiled scripts, not from FlowGraph

    struct ExpectedEdge: CustomStringConvertible {
        var script: String
        /// Nil for the ways out open on every step.
        var from: String?
        var to: String
        var description: String { "\(script): \(from ?? "any step") → \(to)" }
    }

    static func expectedEdges(_ compiled: CompiledRegulation) -> [ExpectedEdge] {
        compiled.scripts.flatMap { script in
            let steps = script.steps.flatMap { step in
                (step.options.map(\.target) + [step.next, step.escalation?.answered, step.escalation?.fallback].compactMap { $0 })
                    .map { ExpectedEdge(script: script.id, from: step.id, to: $0) }
            }
            let anytime = Set([script.anytime.notCovered, script.anytime.escalate].compactMap { $0 }).sorted()
            return steps + anytime.map { ExpectedEdge(script: script.id, from: nil, to: $0) }
        }
    }

    static func target(of compiled: CompiledRegulation, script: Int, step: Int) throws -> Int {
        let target = try #require(compiled.scripts[script].steps[step].options.first?.target)
        return try #require(compiled.scripts[script].steps.firstIndex { $0.id == target })
    }

    /// `"a" -> "b" [...]` as `a -> b`.
    static func dotEdge(_ line: Substring) -> String? {
        guard let match = line.wholeMatch(of: #/    "([^"]+)" -> "([^"]+)"( \[.*\])?;/#) else { return nil }
        return "\(match.1) -> \(match.2)"
    }

    /// What Graphviz writes into SVG text for a one-line label.
    static func svgText(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "-", with: "&#45;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}

/// The statements `MermaidWriter` makes, each on one line, every label a
/// `"..."` string with nothing inside that Mermaid would read as syntax.
enum Mermaid {
    static func isStatement(_ line: String) -> Bool {
        // A label: no quote, no backtick, no raw `<>&`, `#` only in entities; `<br/>` for line breaks.
        let label = #"(?:"(?:[^"`<>&#]|#[a-z0-9]+;|<br/>)*")"#
        let patterns = [
            #"  subgraph script\d+\[\#(label)\]"#,
            #"    s\d+_\d+(?:\[\#(label)\]|\{\{\#(label)\}\}|\(\(\(\#(label)\)\)\))"#,
            #"    s\d+_any\(\[\#(label)\]\)"#,
            #"  end"#,
            #"  s\d+_(?:\d+|any) (?:-->|-\.->)(?:\|\#(label)\|)? s\d+_\d+"#,
            #"  class s\d+_(?:\d+|any) [a-z_]+"#,
            #"  classDef [a-z_]+ [a-z0-9:#,\- ]+"#,
        ]
        return patterns.contains { line.range(of: "^\($0)$", options: .regularExpression) != nil }
    }

    /// `  a -->|"..."| b` as `a -> b`.
    static func edge(_ line: String) -> String? {
        guard let match = line.wholeMatch(of: #/  (s\d+_(?:\d+|any)) (?:-->|-\.->)(?:\|".*"\|)? (s\d+_\d+)/#) else { return nil }
        return "\(match.1) -> \(match.2)"
    }
}

/// Runs the real Graphviz `dot` (the test set-up installs it).
enum Graphviz {
    static func render(_ dot: String) throws -> (status: Int32, svg: String, errors: String) {
        let result = try ChildProcess.run("dot", ["-Tsvg"], input: Data(dot.utf8))
        if result.status == 127 { Issue.record("Graphviz 'dot' is missing: run the test set-up (bash scripts/test)") }
        return (result.status, result.stdout, result.stderr)
    }

    /// The SVG parsed by Python's XML parser: a control character copied
    /// from a label would make it unreadable to every browser.
    static func expectWellFormed(_ svg: String) throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("reglament-flow-\(UUID().uuidString).svg")
        try Data(svg.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let parsed = try ExternalTool.python("import sys, xml.dom.minidom; xml.dom.minidom.parse(sys.argv[1])", arguments: [file.path])
        #expect(parsed.status == 0, "the SVG is not well-formed XML: \(parsed.output)")
    }
}
