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

    /// A folder of its own for the mail the runs write (`dir:` mail, the default, would write into the package).
    static let mailFolder = FileManager.default.temporaryDirectory.appendingPathComponent("reglament-cli-mail-\(UUID().uuidString)")

    /// The environment it runs in: this one, without colours, mail to `mailFolder`.
    static var environment: [String: String] {
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        environment["REGLAMENT_MAIL"] = "dir:\(mailFolder.path)"
        return environment
    }

    /// Starts the executable in `directory` (the package root by default), as a shell in that folder would.
    static func start(
        _ arguments: [String], standardInput: Bool = false, directory: URL = packageRoot, environment: [String: String] = environment
    ) throws -> ChildProcess {
        try ChildProcess(executable.path, arguments, directory: directory.path, environment: environment, standardInput: standardInput)
    }

    static func run(_ arguments: [String], timeout: Duration = .seconds(120)) throws -> ChildProcess.Output {
        try start(arguments).finish(timeout: timeout)
    }
}
