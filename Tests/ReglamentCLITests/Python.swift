import Foundation
import Testing

/// Runs Python scripts that check our output with the reference tools
/// (`jsonschema`), which the test set-up (`scripts/test`) installs.
enum Python {
    static func run(_ script: String, arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        if output.contains("No module named") {
            Issue.record("a Python module is missing: run the test set-up (bash scripts/test) first\n\(output)")
        }
        return (process.terminationStatus, output)
    }
}
