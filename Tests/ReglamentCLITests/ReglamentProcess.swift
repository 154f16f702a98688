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

    /// The environment it runs in: this one, without colours.
    static var environment: [String: String] {
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        return environment
    }

    /// Starts the executable in the package root, as a shell in that folder would.
    static func start(_ arguments: [String], standardInput: Bool = false) throws -> ChildProcess {
        try ChildProcess(executable.path, arguments, directory: packageRoot.path, environment: environment, standardInput: standardInput)
    }

    static func run(_ arguments: [String], timeout: Duration = .seconds(120)) throws -> ChildProcess.Output {
        try start(arguments).finish(timeout: timeout)
    }
}
