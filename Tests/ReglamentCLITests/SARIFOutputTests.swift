import Foundation
import Testing

/// `check --format sarif` against the official SARIF 2.1.0 schema (kept in
/// `Tests/Fixtures`), with a real validator (Python `jsonschema`).
@Suite(.serialized) struct SARIFOutputTests {
    static let schema = ReglamentProcess.packageRoot.appendingPathComponent("Tests/Fixtures/sarif-schema-2.1.0.json").path

    @Test func sarifLogIsValidAndCarriesEveryDiagnostic() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("reglament-sarif-\(UUID().uuidString)/с пробелом")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let regulation = directory.appendingPathComponent("регламент.yaml").path
        // An error (a misspelt node and method) and a warning (no authority section).
        try ExampleText.withoutAuthority
            .replacingOccurrences(of: "next: consent}", with: "next: consnet}")
            .replacingOccurrences(of: "- method: courier", with: "- method: curier")
            .write(toFile: regulation, atomically: true, encoding: .utf8)
        let result = try ReglamentProcess.run(["check", "--format", "sarif", regulation])
        #expect(result.status == 1)
        let log = directory.appendingPathComponent("log.sarif").path
        try result.stdout.write(toFile: log, atomically: true, encoding: .utf8)

        let script = """
            import json, sys, jsonschema
            schema = json.load(open(sys.argv[1]))
            log = json.load(open(sys.argv[2]))
            validator = jsonschema.validators.validator_for(schema)(schema, format_checker=jsonschema.FormatChecker())
            errors = list(validator.iter_errors(log))
            for error in errors:
                print("/".join(map(str, error.absolute_path)), error.message)
            run = log["runs"][0]
            rules = [rule["id"] for rule in run["tool"]["driver"]["rules"]]
            for result in run["results"]:
                if "ruleIndex" in result and rules[result["ruleIndex"]] != result["ruleId"]:
                    errors.append(1); print("ruleIndex points to the wrong rule", result["ruleId"])
            print("results", len(run["results"]), "levels", sorted({r["level"] for r in run["results"]}))
            sys.exit(1 if errors else 0)
            """
        let validation = try Python.run(script, arguments: [Self.schema, log])
        #expect(validation.status == 0, "\(validation.output)")
        #expect(validation.output.contains("levels ['error', 'warning']"), "\(validation.output)")
    }

    @Test func cleanRunIsAValidEmptyLog() throws {
        let regulation = FileManager.default.temporaryDirectory.appendingPathComponent("reglament-sarif-\(UUID().uuidString).yaml").path
        try ExampleText.complete.write(toFile: regulation, atomically: true, encoding: .utf8)
        let result = try ReglamentProcess.run(["check", "--format", "sarif", regulation])
        #expect(result.status == 0, "\(result.stdout)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let run = try #require((json["runs"] as? [[String: Any]])?.first)
        #expect((run["results"] as? [Any])?.isEmpty == true)
        #expect(json["version"] as? String == "2.1.0")
    }
}
