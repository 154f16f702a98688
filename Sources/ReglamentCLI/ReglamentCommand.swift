import ArgumentParser

public struct ReglamentCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "reglament",
        abstract: "Check, compile and run call-center regulations."
    )
    public init() {}
}
