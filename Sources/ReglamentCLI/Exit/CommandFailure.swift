import ReglamentAccess
import ReglamentAudit
import ReglamentCompile
import ReglamentHandbook
import ReglamentMail
import ReglamentRun
import ReglamentStore

/// Why a command stops short of success. Commands throw these (or their
/// layers' own errors) and print nothing about the failure themselves;
/// `ReglamentCommand.run` turns whatever was thrown into the exit status
/// and the message on standard error (`CommandFailure.ending(for:)`), so
/// each kind of failure ends the same way in every command.
enum CommandFailure: Error {
    /// The command's report, already printed, found problems.
    case problemsFound
    /// Files that do not exist or cannot be read.
    case unreadable([String])
    /// A `.json` input that is not a compiled script.
    case notACompiledScript(path: String, reason: String)
    /// A regulation given to run, test, diff or audit that does not
    /// compile: its diagnostics as `check` prints them.
    case regulationRefused(diagnostics: String)
    case noDatabase(path: String)
    case noScenarios(besides: String)
    /// An option's value that can only be judged once the command runs
    /// (a sender, which may come from the environment).
    case badValue(option: String, value: String, expected: String)
    /// `outbox retry` of a mail that is not failed (its state), or not there at all (nil).
    case mailNotRetriable(id: Int64, state: String?)
    case mailNotInOutbox(id: Int64)
    /// `init` into a folder that already has some of its files: none is written.
    case wouldOverwrite([String])

    var status: ExitStatus {
        switch self {
        case .problemsFound: .problems
        case .unreadable, .notACompiledScript, .regulationRefused, .noDatabase, .noScenarios, .badValue, .mailNotRetriable,
             .mailNotInOutbox, .wouldOverwrite: .usage
        }
    }

    /// What standard error says; nil when the report said it all.
    var message: String? {
        switch self {
        case .problemsFound: nil
        case .unreadable(let paths): paths.map { "reglament: cannot read '\($0)': no such file or no permission" }.joined(separator: "\n")
        case .notACompiledScript(let path, let reason): "reglament: '\(path)' is not a compiled script: \(reason)"
        // The diagnostics carry their own lines and summary.
        case .regulationRefused(let diagnostics): diagnostics
        case .noDatabase(let path): "reglament: no call database '\(path)'"
        case .noScenarios(let file): "reglament: no scenarios: none given and no scenarios/*.yaml beside '\(file)'"
        case .badValue(let option, let value, let expected): "reglament: \(option) '\(value)' is not \(expected)"
        case .mailNotRetriable(let id, let state):
            "reglament: mail \(id) " + (state.map { "is \($0), not failed" } ?? "is not in the outbox")
        case .mailNotInOutbox(let id): "reglament: mail \(id) is not in the outbox"
        case .wouldOverwrite(let paths):
            paths.map { "reglament: '\($0)' already exists" }.joined(separator: "\n")
                + "\nreglament: nothing was written; choose a new folder or move these files away"
        }
    }

    /// The status and the message for anything a command throws: the one
    /// place where every layer's errors meet the documented statuses.
    static func ending(for error: any Error) -> (status: ExitStatus, message: String?) {
        switch error {
        case let failure as CommandFailure:
            return (failure.status, failure.message.map { $0.hasSuffix("\n") ? String($0.dropLast()) : $0 })
        case let handbook as HandbookError:
            // A template that cannot be read or rendered is the regulation's
            // (its `templates:`) or the installation's: compile reports it as
            // an error found; a handbook that cannot be written, as output.
            switch handbook {
            case .templateUnreadable, .templateInvalid: return (.problems, "reglament: \(handbook)")
            case .cannotWrite: return (.usage, "reglament: \(handbook)")
            }
        case is OutputError, is AuditError, is ScenarioError, is RunnerError, is ConfirmationError, is StoreError,
             is MailSettingError, is MailTemplateError, is AccessError:
            return (.usage, "reglament: \(error)")
        default:
            // Whatever else stopped the work (the disk, the database): the
            // work was not done, as with an input that cannot be used.
            return (.usage, "reglament: \(error)")
        }
    }
}
