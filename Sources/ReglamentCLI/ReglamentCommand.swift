import ArgumentParser
import Foundation

public struct ReglamentCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "reglament",
        abstract: "Check, compile and run call-center regulations.",
        version: ReglamentVersion.current,
        subcommands: [
            CheckCommand.self, CompileCommand.self, RunCommand.self, OutboxCommand.self, AuditCommand.self, TestCommand.self, DiffCommand.self,
            SchemaCommand.self, ExplainCommand.self,
        ]
    )

    public init() {}

    /// Runs the command line and returns the process exit status:
    /// 0 success, 1 problems found, 2 usage errors or unreadable input.
    public static func run(_ arguments: [String]) async -> Int32 {
        do {
            var command = try parseAsRoot(arguments)
            if var asynchronous = command as? any AsyncParsableCommand {
                try await asynchronous.run()
            } else {
                try command.run()
            }
            return 0
        } catch let exit as ExitCode {
            return exit.rawValue
        } catch {
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            if code == .success {
                print(message)
                return 0
            }
            StandardError.write(message + "\n")
            return code == .validationFailure ? ExitStatus.usage.rawValue : code.rawValue
        }
    }
}

public enum ReglamentVersion {
    public static let current = "0.1.0"
}

enum ExitStatus {
    static let problems = ExitCode(1)
    static let usage = ExitCode(2)
}

enum StandardError {
    static func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }

    /// Colour only for a person at a terminal, and never with `NO_COLOR`.
    static var isTerminal: Bool {
        isatty(STDERR_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
    }
}
