import Synchronization
import ReglamentDiagnostics
import ReglamentYAML
import Testing

/// Loads text as a file named `test.yaml` and checks that the loader
/// refused it with `code` at `line`:`column`, answering within a second.
/// Returns the diagnostic for further checks.
@discardableResult
func expectRefusal(
    _ text: String,
    code: String, line: Int, column: Int,
    limits: YAMLLoader.Limits = .init(),
    sourceLocation: Testing.SourceLocation = #_sourceLocation
) -> Diagnostic? {
    expectRefusal(Array(text.utf8), code: code, line: line, column: column, limits: limits, sourceLocation: sourceLocation)
}

@discardableResult
func expectRefusal(
    _ bytes: [UInt8],
    code: String, line: Int, column: Int,
    limits: YAMLLoader.Limits = .init(),
    sourceLocation: Testing.SourceLocation = #_sourceLocation
) -> Diagnostic? {
    let clock = ContinuousClock()
    let start = clock.now
    let result = Result { () throws(YAMLLoadError) in try YAMLLoader(limits: limits).load(bytes, file: "test.yaml") }
    let elapsed = clock.now - start
    // A guard against runaway work (exponential aliases, quadratic scans), not a speed figure: those are in the benchmark.
    #expect(elapsed < .seconds(10), "took \(elapsed)", sourceLocation: sourceLocation)
    guard case .failure(let error) = result else {
        Issue.record("loaded, expected \(code) at \(line):\(column)", sourceLocation: sourceLocation)
        return nil
    }
    let diagnostic = error.diagnostic
    #expect(diagnostic.code == code, "\(diagnostic.message)", sourceLocation: sourceLocation)
    #expect(diagnostic.severity == .error, sourceLocation: sourceLocation)
    #expect(diagnostic.location == ReglamentDiagnostics.SourceLocation(file: "test.yaml", line: line, column: column),
            "\(diagnostic.code) \(diagnostic.message)", sourceLocation: sourceLocation)
    return diagnostic
}

/// Loads text that must load, as a file named `test.yaml` unless named.
func load(_ text: String, file: String = "test.yaml") throws -> YAMLNode {
    try LoadedDocuments.keep(YAMLLoader().load(Array(text.utf8), file: file)).root
}

/// Loads a file that must load.
func load(contentsOf path: String) throws -> YAMLNode {
    try LoadedDocuments.keep(YAMLLoader().load(contentsOf: path)).root
}

/// Nodes point into their document without keeping it alive, so the
/// documents tests load are kept for the rest of the run (a few kilobytes).
enum LoadedDocuments {
    private static let kept = Mutex<[YAMLDocument]>([])

    static func keep(_ document: YAMLDocument) -> YAMLDocument {
        kept.withLock { $0.append(document) }
        return document
    }
}
