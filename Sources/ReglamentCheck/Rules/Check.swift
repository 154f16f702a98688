import ReglamentDiagnostics
import ReglamentModel

/// A rule that reads the decoded regulation.
public protocol Check: Rule {
    init()
    func check(_ regulation: Regulation, index: RegulationIndex) -> [Diagnostic]
}

extension Check {
    var description: RuleDescription { Self.description }
}
