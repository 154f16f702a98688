import Foundation

/// Runs a reference tool the test set-up installs (Python, tmux, Graphviz)
/// and returns its exit status and everything it printed.
public enum ExternalTool {
    public static func run(_ tool: String, _ arguments: [String], input: Data? = nil, timeout: Duration = .seconds(120)) throws -> (status: Int32, output: String) {
        let result = try ChildProcess.run(tool, arguments, input: input, timeout: timeout)
        return (result.status, result.combined)
    }

    /// A Python script checking our output against a reference library.
    public static func python(_ script: String, arguments: [String]) throws -> (status: Int32, output: String) {
        let result = try run("python3", ["-c", script] + arguments)
        if result.output.contains("No module named") {
            throw MissingModule(output: result.output)
        }
        return result
    }

    public struct MissingModule: Error, CustomStringConvertible {
        public let output: String
        public var description: String { "a Python module is missing: run the test set-up (bash scripts/test) first\n\(output)" }
    }
}
