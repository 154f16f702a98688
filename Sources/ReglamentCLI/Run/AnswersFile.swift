import Foundation

/// An answers file: what an operator would type, one line per step, for
/// running a call without a keyboard (tests, demos). Empty lines are
/// Enter; lines starting with `#` are comments (docs/runner.md).
struct AnswersFile {
    private var lines: [String]

    init(path: String) throws {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { String($0).trimmingCharacters(in: CharacterSet(charactersIn: "\r")) }
            .filter { !$0.hasPrefix("#") }
        // The newline that ends the file is not one more Enter.
        if lines.last == "" { lines.removeLast() }
        lines.reverse()
    }

    mutating func next() -> String? { lines.popLast() }
}
