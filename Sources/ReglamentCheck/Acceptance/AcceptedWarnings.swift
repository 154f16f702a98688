import ReglamentDiagnostics
import ReglamentModel

/// Applies a regulation's `accept:` entries to what the rules found: each
/// warning of the accepted code inside the mapping that accepts it becomes
/// a note with the owner's reason (the innermost `accept:` answers for it);
/// an entry for an error or an unknown code is an error (R110), and one
/// that matches nothing is a warning (R111).
enum AcceptedWarnings {
    static func apply(_ acceptances: [WarningAcceptance], to diagnostics: [Diagnostic]) -> [Diagnostic] {
        guard !acceptances.isEmpty else { return diagnostics }
        var problems: [Diagnostic] = []
        var usable: [WarningAcceptance] = []
        for acceptance in acceptances {
            if let refusal = refusal(of: acceptance) { problems.append(refusal) } else { usable.append(acceptance) }
        }
        var used: Set<Int> = []
        var result = diagnostics.map { diagnostic -> Diagnostic in
            guard diagnostic.severity == .warning, diagnostic.omitted == nil else { return diagnostic }
            let covering = usable.indices.filter {
                usable[$0].code == diagnostic.code && usable[$0].scope.contains(diagnostic.location)
            }
            // Nested mappings: the one that starts last is the innermost.
            guard let innermost = covering.max(by: { usable[$0].scope.lowerBound < usable[$1].scope.lowerBound }) else {
                return diagnostic
            }
            used.insert(innermost)
            let acceptance = usable[innermost]
            return diagnostic.accepted(Diagnostic.Acceptance(reason: acceptance.reason, location: acceptance.location))
        }
        for (index, acceptance) in usable.enumerated() where !used.contains(index) {
            problems.append(UnusedAcceptanceRule.description.diagnostic(
                "'accept: \(acceptance.code)' matches no warning here any more",
                hint: "remove it, or move it to the mapping the warning points at",
                at: acceptance.location
            ))
        }
        result += problems
        return result
    }

    private static func refusal(of acceptance: WarningAcceptance) -> Diagnostic? {
        guard let rule = RuleRegistry.description(of: acceptance.code) else {
            return UnacceptableCodeRule.description.diagnostic(
                "no rule has the code '\(acceptance.code)'",
                hint: "write the code `check` printed for the warning; `reglament explain` lists every rule",
                at: acceptance.location
            )
        }
        guard rule.severity == .warning, rule.code != UnusedAcceptanceRule.description.code else {
            return UnacceptableCodeRule.description.diagnostic(
                "'\(acceptance.code)' (\(rule.name)) reports errors, which cannot be accepted",
                hint: "only warnings can be accepted; fix what the error says",
                at: acceptance.location
            )
        }
        return nil
    }
}
