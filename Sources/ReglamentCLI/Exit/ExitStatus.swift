/// The statuses `reglament` exits with (README.md, «Exit status»): the
/// same three for every command.
enum ExitStatus: Int32 {
    case success = 0
    /// The command did its work and found what it reports: errors in a
    /// regulation, changes between versions, a failed scenario or path,
    /// mail left undelivered.
    case problems = 1
    /// It could not do its work: a bad command line, an input that cannot
    /// be read or used (a regulation with errors given to run, test, diff
    /// or audit), an output that cannot be written.
    case usage = 2
}
