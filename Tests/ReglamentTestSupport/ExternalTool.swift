import Foundation

/// Runs a reference tool the test set-up installs (Python, tmux, Graphviz)
/// and returns its exit status and everything it printed.
public enum ExternalTool {
    public static func run(_ tool: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [tool] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, output)
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
