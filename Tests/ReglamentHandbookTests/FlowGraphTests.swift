import Foundation
import ReglamentCompile
import ReglamentHandbook
import Testing

/// The flow graphs: every step and branch drawn, and the DOT rendered by
/// the real Graphviz `dot`, which must accept it without a word.
struct FlowGraphTests {
    @Test(arguments: HandbookFixtures.shops)
    func graphvizRendersEveryExample(shop: String) throws {
        let compiled = try HandbookFixtures.compiled(shop)
        let dot = DOTWriter().write(FlowGraph(compiled))
        let rendered = try Graphviz.render(dot)
        #expect(rendered.status == 0 && rendered.errors.isEmpty, "\(rendered.errors)")
        #expect(rendered.svg.contains("<svg"))
        for script in compiled.scripts {
            for step in script.steps {
                #expect(dot.contains("\"\(script.id)/\(step.id)\" [label="), "\(script.id)/\(step.id) is not drawn")
            }
        }
    }

    @Test(arguments: HandbookFixtures.shops)
    func mermaidHasEveryStepAndBranch(shop: String) throws {
        let compiled = try HandbookFixtures.compiled(shop)
        let graph = FlowGraph(compiled)
        let mermaid = MermaidWriter().write(graph)
        #expect(mermaid.hasPrefix("flowchart TD\n"))
        let nodeCount = graph.clusters.map(\.nodes.count).reduce(0, +)
        let edgeCount = graph.clusters.map(\.edges.count).reduce(0, +)
        let declared = mermaid.split(separator: "\n").filter { $0.hasPrefix("    s") }
        #expect(declared.count == nodeCount)
        let arrows = mermaid.split(separator: "\n").filter { $0.contains(" --> ") || $0.contains(" -.-> ") || $0.contains("-->|") || $0.contains("-.->|") }
        #expect(arrows.count == edgeCount)
        #expect(mermaid.contains("class s0_") && mermaid.contains("classDef outcome_order"))
    }

    @Test func hostileTextIsEscapedForBothLanguages() throws {
        var compiled = try HandbookFixtures.compiled("uyut-lavka")
        let hostile = "Скажите \"да\" \\ нет <script>alert(1)</script> {скобки} | труба # решётка & амп\nновая строка"
        compiled.scripts[0].steps[0].line = Line(text: hostile)
        compiled.scripts[0].steps[1].options[0].label = hostile
        compiled.scripts[0].title = hostile
        let graph = FlowGraph(compiled)
        let rendered = try Graphviz.render(DOTWriter().write(graph))
        #expect(rendered.status == 0 && rendered.errors.isEmpty, "\(rendered.errors)")
        #expect(rendered.svg.contains("&lt;script&gt;"))
        let mermaid = MermaidWriter().write(graph)
        #expect(mermaid.contains("#quot;да#quot;"))
        #expect(mermaid.contains("#lt;script#gt;"))
        #expect(!mermaid.contains("<script>"))
        // Every label stays on one line of the file.
        #expect(!mermaid.contains("\nновая строка"))
    }

    @Test func outputIsDeterministic() throws {
        let compiled = try HandbookFixtures.compiled("hifi-dom")
        #expect(DOTWriter().write(FlowGraph(compiled)) == DOTWriter().write(FlowGraph(compiled)))
        #expect(MermaidWriter().write(FlowGraph(compiled)) == MermaidWriter().write(FlowGraph(compiled)))
    }
}

/// Runs the real Graphviz `dot` (the test set-up installs it).
enum Graphviz {
    static func render(_ dot: String) throws -> (status: Int32, svg: String, errors: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["dot", "-Tsvg"]
        let input = Pipe(), output = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        // Write and read on separate threads: a large graph fills the pipes both ways.
        let writer = Thread { input.fileHandleForWriting.write(Data(dot.utf8)); try? input.fileHandleForWriting.close() }
        writer.start()
        let svg = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        if process.terminationStatus == 127 { Issue.record("Graphviz 'dot' is missing: run the test set-up (bash scripts/test)") }
        return (process.terminationStatus, svg, message)
    }
}
