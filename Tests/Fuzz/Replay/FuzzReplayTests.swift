import Foundation
import ReglamentCompile
import ReglamentFuzzing
import Testing

/// Every fuzz target over its seeds and over every input that ever crashed
/// it (`Tests/Fuzz/Regressions/<target>/`, where scripts/fuzz tells you to
/// put them): a crash found once stays fixed.
@Suite struct FuzzReplayTests {
    @Test(arguments: FuzzTarget.allCases)
    func seedsAndPastCrashesPass(_ target: FuzzTarget) throws {
        let inputs = FuzzInputs.files(for: target)
        // Compiled scripts are seeded from the examples as this build compiles them (below).
        #expect(target == .compiledScript || !inputs.isEmpty, "no seeds for \(target.rawValue)")
        for file in inputs {
            target.run(Array(try Data(contentsOf: file)))
        }
    }

    /// A compiled script cut short anywhere is refused, not walked into a trap.
    @Test(arguments: FuzzInputs.examples)
    func compiledScriptCutShortIsRefused(_ example: String) throws {
        let compiled = try #require(Compiler().compile(file: FuzzInputs.root.appending(path: "Regulations/\(example)/regulation.yaml").path).compiled)
        let bytes = Array(CompiledJSON.encode(compiled))
        FuzzTarget.compiledScript.run(bytes)
        for cut in stride(from: 0, to: bytes.count, by: max(1, bytes.count / 64)) {
            FuzzTarget.compiledScript.run(Array(bytes[..<cut]))
        }
    }
}

/// Where each target's seeds are, in this repository and beside it.
enum FuzzInputs {
    static let root = URL(filePath: #filePath)
        .deletingLastPathComponent()  // Replay
        .deletingLastPathComponent()  // Fuzz
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()  // the package

    static let examples = ["uyut-lavka", "bolshoy-dom", "hifi-dom"]

    static func files(for target: FuzzTarget) -> [URL] {
        var folders = ["Tests/Fuzz/Seeds/\(target.rawValue)", "Tests/Fuzz/Regressions/\(target.rawValue)"]
        if target == .regulation {
            folders += ["Regulations", "Tests/Fixtures", "Tests/ReglamentCheckTests/Mistakes", "../shared/yaml-test-suite"]
        }
        return folders.flatMap { files(under: root.appending(path: $0).standardized) }
            .filter { target != .regulation || $0.pathExtension == "yaml" }
    }

    private static func files(under folder: URL) -> [URL] {
        guard let walk = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey]) else { return [] }
        return walk.compactMap { $0 as? URL }
            .filter { (try? $0.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true && !$0.lastPathComponent.hasPrefix(".") }
            .sorted { $0.path < $1.path }
    }
}
