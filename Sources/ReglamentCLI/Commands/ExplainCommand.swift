import ArgumentParser
import ReglamentCheck
import ReglamentYAML

struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Explain a diagnostic code with examples, or list every code."
    )

    @Argument(help: "A code such as R401 or Y009; without one, every code is listed.")
    var code: String?

    func run() throws {
        guard let code else {
            for rule in RuleRegistry.catalog {
                print("\(rule.code)  \(rule.severity.rawValue.padding(toLength: 7, withPad: " ", startingAt: 0))  \(rule.name): \(rule.summary)")
            }
            return
        }
        if let loaderCode = YAMLLoadError.Code(rawValue: code.uppercased()) {
            // The loader's refusals are about the file as YAML, before any rule reads it.
            print("\(loaderCode.rawValue) \(loaderCode.name) (error)\n\n\(loaderCode.summary)")
            print("\nReported by the YAML loader; the file is not checked further until it loads.")
            return
        }
        guard let rule = RuleRegistry.description(of: code.uppercased()) else {
            throw ValidationError("no rule has code '\(code)'; run 'reglament explain' to list them")
        }
        print("\(rule.code) \(rule.name) (\(rule.severity.rawValue))\n\n\(rule.summary)")
        for example in rule.triggering {
            print("\nReported (↓ marks the place):\n" + example.yaml.indentedForExplain)
        }
        for example in rule.nonTriggering {
            print("\nNot reported:\n" + example.yaml.indentedForExplain)
        }
    }
}

extension String {
    fileprivate var indentedForExplain: String {
        split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }.joined(separator: "\n")
    }
}
