import ArgumentParser
import Foundation

public struct ReglamentCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "reglament",
        abstract: "Check, compile and run call-center regulations.",
        version: ReglamentVersion.current,
        subcommands: [
            InitCommand.self, CheckCommand.self, CompileCommand.self, RunCommand.self, ServeCommand.self, OutboxCommand.self, UsersCommand.self, TokensCommand.self, DbCommand.self, AuditCommand.self, TestCommand.self, DiffCommand.self,
            SchemaCommand.self, ExplainCommand.self,
        ]
    )

    public init() {}

    /// Runs the command line and returns the process exit status
    /// (`ExitStatus`): 0 success, 1 problems found, 2 usage errors or
    /// inputs and outputs that cannot be used.
    public static func run(_ arguments: [String]) async -> Int32 {
        do {
            var command = try parseAsRoot(arguments)
            if var asynchronous = command as? any AsyncParsableCommand {
                try await asynchronous.run()
            } else {
                try command.run()
            }
            return ExitStatus.success.rawValue
        } catch {
            let (status, message) = ending(for: error)
            if let message {
                if status == .success { print(message) } else { StandardError.write(message + "\n") }
            }
            return status.rawValue
        }
    }

    /// ArgumentParser's own errors (bad usage, `--help`, `--version`) in its
    /// words; everything else as `CommandFailure` says.
    private static func ending(for error: any Error) -> (status: ExitStatus, message: String?) {
        switch exitCode(for: error) {
        case .success: (.success, fullMessage(for: error))
        case .validationFailure: (.usage, fullMessage(for: error))
        default: CommandFailure.ending(for: error)
        }
    }
}

public enum ReglamentVersion {
    public static let current = "0.1.0"
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
