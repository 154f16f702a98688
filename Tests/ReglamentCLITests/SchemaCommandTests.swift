import Foundation
import ReglamentModel
import ReglamentYAML
import Testing

/// The exported JSON Schema is what editors use: every example regulation
/// must validate against it with a real validator (Python `jsonschema`).
@Suite(.serialized) struct SchemaCommandTests {
    @Test func regulationsValidateAgainstTheExportedSchema() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("reglament-schema-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let full = directory.appendingPathComponent("full.json").path
        let partial = directory.appendingPathComponent("partial.json").path
        #expect(try ReglamentProcess.run(["schema", "--output", full]).status == 0)
        #expect(try ReglamentProcess.run(["schema", "--partial", "--output", partial]).status == 0)

        let root = ReglamentProcess.packageRoot.appendingPathComponent("Regulations")
        let files = FileManager.default.enumerator(atPath: root.path)?.compactMap { $0 as? String }
            .filter { $0.hasSuffix(".yaml") && !$0.contains("scenarios") && !$0.hasPrefix(".reglament/") }.sorted() ?? []
        #expect(files.count >= 3)
        var pairs: [String] = []
        for (index, file) in files.enumerated() {
            let document = try YAMLLoader().load(contentsOf: root.appendingPathComponent(file).path)
            let json = directory.appendingPathComponent("\(index).json").path
            try document.withRoot { node in
                try CoreSchemaJSON.render(node).write(toFile: json, atomically: true, encoding: .utf8)
            }
            // A file that includes others, or is included, holds part of a regulation.
            let isWhole = file.hasSuffix("/regulation.yaml") && !document.withRoot(includesOthers)
            let schema = isWhole ? full : partial
            pairs.append("\(json)=\(schema)=\(file)")
        }
        let script = """
            import json, sys, jsonschema
            failures = 0
            for pair in sys.argv[1:]:
                document, schema, name = pair.split("=", 2)
                validator = jsonschema.Draft202012Validator(json.load(open(schema)))
                for error in validator.iter_errors(json.load(open(document))):
                    failures += 1
                    print(f"{name}: {'/'.join(map(str, error.absolute_path))}: {error.message}")
            sys.exit(1 if failures else 0)
            """
        let result = try Python.run(script, arguments: pairs)
        #expect(result.status == 0, "\(result.output)")
    }

    private func includesOthers(_ node: YAMLNode) -> Bool {
        guard case .mapping(let pairs) = node.content else { return false }
        return pairs.contains { $0.keyText == "include" }
    }

    @Test func documentedSchemasAreUpToDate() throws {
        for (arguments, file) in [([String](), "docs/regulation.schema.json"), (["--partial"], "docs/regulation.partial.schema.json")] {
            let result = try ReglamentProcess.run(["schema"] + arguments)
            let committed = try String(contentsOf: ReglamentProcess.packageRoot.appendingPathComponent(file), encoding: .utf8)
            #expect(result.stdout == committed, "\(file) is stale: run 'reglament schema \(arguments.joined()) -o \(file)'")
        }
    }

    @Test func schemaRejectsWhatTheCheckRejects() throws {
        let directory = FileManager.default.temporaryDirectory
        let schema = directory.appendingPathComponent("reglament-schema-\(UUID().uuidString).json").path
        #expect(try ReglamentProcess.run(["schema", "-o", schema]).status == 0)
        let document = directory.appendingPathComponent("reglament-doc-\(UUID().uuidString).json").path
        try #"{"reglament": 1, "shop": {"id": "Demo Shop", "nmae": "x"}}"#.write(toFile: document, atomically: true, encoding: .utf8)
        let script = """
            import json, sys, jsonschema
            errors = list(jsonschema.Draft202012Validator(json.load(open(sys.argv[1]))).iter_errors(json.load(open(sys.argv[2]))))
            print(len(errors))
            sys.exit(0 if errors else 1)
            """
        let result = try Python.run(script, arguments: [schema, document])
        #expect(result.status == 0, "the schema accepted a bad document: \(result.output)")
    }
}

/// YAML as an editor's language server sees it (YAML 1.2 core schema):
/// plain scalars that look like numbers, booleans or null are typed.
enum CoreSchemaJSON {
    static func render(_ node: YAMLNode) -> String {
        switch node.content {
        case .scalar(let scalar):
            guard scalar.style == .plain else { return JSONValue.string(scalar.value).rendered() }
            if scalar.isNull { return "null" }
            if ["true", "True", "TRUE", "false", "False", "FALSE"].contains(scalar.value) {
                return scalar.value.lowercased()
            }
            if Int(scalar.value) != nil { return scalar.value }
            if let number = Double(scalar.value), number.isFinite, scalar.value.first != "." { return scalar.value }
            return JSONValue.string(scalar.value).rendered()
        case .sequence(let items):
            return "[" + items.map(render).joined(separator: ",") + "]"
        case .mapping(let pairs):
            return "{" + pairs.map { JSONValue.string($0.keyText).rendered() + ":" + render($0.value) }.joined(separator: ",") + "}"
        }
    }
}
