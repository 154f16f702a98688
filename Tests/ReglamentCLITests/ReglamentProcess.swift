import Foundation
import ReglamentTestSupport

/// Runs the built `reglament` executable as a user would.
struct ReglamentProcess {
    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    /// The executable built beside the test bundle.
    static var executable: URL {
        Bundle.main.bundleURL.appendingPathComponent("reglament")
    }

    /// The executable set up to run in the package root, without colours.
    static func process(_ arguments: [String]) -> Process {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = packageRoot
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        process.environment = environment
        return process
    }

    static func run(_ arguments: [String], timeout: Duration = .seconds(120)) throws -> ChildProcess.Output {
        try ChildProcess.run(process(arguments), timeout: timeout)
    }
}
