import ReglamentTestSupport

/// Python scripts that check our output with the reference tools.
enum Python {
    static func run(_ script: String, arguments: [String]) throws -> (status: Int32, output: String) {
        try ExternalTool.python(script, arguments: arguments)
    }
}
