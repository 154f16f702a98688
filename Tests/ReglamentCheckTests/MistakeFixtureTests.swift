import Foundation
import ReglamentCheck
import ReglamentDiagnostics
import ReglamentYAML
import Testing

/// The example regulations in `Regulations/` are clean, and each fixture in
/// `Mistakes/` makes one shop owner's mistake in one of them (textual edits
/// of a copy) and names the diagnostic that must point at it.
struct MistakeFixtureTests {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // ReglamentCheckTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()
    static let regulationsDirectory = packageRoot.appendingPathComponent("Regulations")
    static let mistakesDirectory = packageRoot.appendingPathComponent("Tests/ReglamentCheckTests/Mistakes")

    /// Fixture file names, e.g. `R201-node-typo.yaml`.
    static let fixtureNames: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: mistakesDirectory.path)) ?? []
        return names.filter { $0.hasSuffix(".yaml") }.sorted()
    }()

    /// Folders of `Regulations/` that hold a `regulation.yaml`.
    static let exampleNames: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: regulationsDirectory.path)) ?? []
        return names.filter {
            FileManager.default.fileExists(atPath: regulationsDirectory.appendingPathComponent("\($0)/regulation.yaml").path)
        }.sorted()
    }()

    @Test func thereAreFixturesAndExamples() {
        #expect(!Self.fixtureNames.isEmpty, "no fixtures found in \(Self.mistakesDirectory.path)")
        #expect(Self.exampleNames.count >= 3, "expected the example regulations in \(Self.regulationsDirectory.path)")
    }

    @Test(arguments: exampleNames)
    func exampleRegulationIsClean(name: String) {
        let file = Self.regulationsDirectory.appendingPathComponent("\(name)/regulation.yaml").path
        let result = Checker().check(file: file)
        #expect(result.regulation != nil, "\(name) could not be read")
        #expect(result.diagnostics.isEmpty, "\(name):\n\(result.diagnostics.map(render).joined(separator: "\n"))")
    }

    @Test(arguments: fixtureNames)
    func mistakeIsReportedWhereItIs(name: String) throws {
        let fixture = try MistakeFixture(contentsOf: Self.mistakesDirectory.appendingPathComponent(name))
        let code = String(name.prefix { $0 != "-" })
        #expect(fixture.code == code, "\(name) expects \(fixture.code) but is named for \(code)")

        let source = Self.regulationsDirectory.appendingPathComponent(fixture.regulation)
        try #require(FileManager.default.fileExists(atPath: source.path), "no regulation '\(fixture.regulation)' in Regulations/")
        let workspace = FileManager.default.temporaryDirectory.appendingPathComponent("reglament-mistake-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: workspace, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: workspace) }
        let copy = workspace.appendingPathComponent(fixture.regulation)
        try FileManager.default.copyItem(at: source, to: copy)

        let edited = copy.appendingPathComponent(fixture.file)
        var text = try String(contentsOf: edited, encoding: .utf8)
        for (number, replacement) in fixture.replacements.enumerated() {
            let occurrences = text.components(separatedBy: replacement.find).count - 1
            try #require(
                occurrences == 1,
                "\(name): replacement \(number + 1) must find its text exactly once in \(fixture.file), found \(occurrences): \(replacement.find.debugDescription)"
            )
            text = text.replacingOccurrences(of: replacement.find, with: replacement.with)
        }
        try text.write(to: edited, atomically: true, encoding: .utf8)

        let result = Checker().check(file: copy.appendingPathComponent("regulation.yaml").path)
        let found = result.diagnostics.contains { diagnostic in
            diagnostic.code == fixture.code
                && diagnostic.location.line == fixture.line
                && diagnostic.location.column == fixture.column
                && URL(fileURLWithPath: diagnostic.location.file).lastPathComponent == fixture.expectedFile
        }
        #expect(
            found,
            "\(name): expected \(fixture.code) at \(fixture.expectedFile):\(fixture.line):\(fixture.column); got:\n\(result.diagnostics.map(render).joined(separator: "\n"))"
        )
    }

    @Test func everyRuleHasAFixture() {
        let covered = Set(Self.fixtureNames.map { String($0.prefix { $0 != "-" }) })
        let missing = RuleRegistry.all.map(\.code).filter { !covered.contains($0) }
        #expect(missing.isEmpty, "no fixture in Mistakes/ for \(missing.joined(separator: ", "))")
    }

    private func render(_ diagnostic: Diagnostic) -> String {
        "\(URL(fileURLWithPath: diagnostic.location.file).lastPathComponent):\(diagnostic.location.line):\(diagnostic.location.column) \(diagnostic.code) \(diagnostic.message)"
    }
}

/// One fixture file, read with the project's own YAML loader.
struct MistakeFixture {
    struct Replacement {
        var find: String
        var with: String
    }

    var regulation: String
    /// The file of the regulation's folder that is edited.
    var file: String
    var replacements: [Replacement]
    var code: String
    /// The file the diagnostic must name; the edited one unless `expect.file` says otherwise.
    var expectedFile: String
    var line: Int
    var column: Int

    struct Problem: Error, CustomStringConvertible {
        var description: String
    }

    init(contentsOf url: URL) throws {
        let name = url.lastPathComponent
        let document: YAMLDocument
        do {
            document = try YAMLLoader().load(contentsOf: url.path)
        } catch {
            throw Problem(description: "\(name): \(error.diagnostic.location): \(error.diagnostic.message)")
        }
        defer { withExtendedLifetime(document) {} }
        let root = document.root
        func fail(_ message: String) -> Problem { Problem(description: "\(name): \(message)") }
        func pairs(_ node: YAMLNode, _ what: String, allowed: Set<String>) throws -> [String: YAMLNode] {
            guard case .mapping(let pairs) = node.content else { throw fail("\(what) must be a mapping") }
            var result: [String: YAMLNode] = [:]
            for pair in pairs {
                guard allowed.contains(pair.keyText) else {
                    throw fail("unknown key '\(pair.keyText)' in \(what) at \(pair.key.location.line):\(pair.key.location.column)")
                }
                result[pair.keyText] = pair.value
            }
            return result
        }
        func text(_ node: YAMLNode?, _ what: String) throws -> String {
            guard let node, case .scalar(let scalar) = node.content, !scalar.isNull else {
                throw fail("\(what) must be text")
            }
            return scalar.value
        }
        func number(_ node: YAMLNode?, _ what: String) throws -> Int {
            guard let value = Int(try text(node, what)) else { throw fail("\(what) must be a whole number") }
            return value
        }

        let top = try pairs(root, "the fixture", allowed: ["regulation", "file", "replace", "expect"])
        regulation = try text(top["regulation"], "regulation")
        file = try top["file"].map { try text($0, "file") } ?? "regulation.yaml"
        guard let replace = top["replace"], case .sequence(let items) = replace.content, !items.isEmpty else {
            throw fail("replace must be a non-empty list")
        }
        replacements = try items.map { item in
            let edit = try pairs(item, "a replacement", allowed: ["find", "with"])
            let find = try text(edit["find"], "find")
            guard !find.isEmpty else { throw fail("find must not be empty") }
            return Replacement(find: find, with: try text(edit["with"], "with"))
        }
        guard let expectNode = top["expect"] else { throw fail("expect is missing") }
        let expect = try pairs(expectNode, "expect", allowed: ["code", "file", "line", "column"])
        code = try text(expect["code"], "expect.code")
        expectedFile = try expect["file"].map { try text($0, "expect.file") } ?? file
        line = try number(expect["line"], "expect.line")
        column = try number(expect["column"], "expect.column")
    }
}
