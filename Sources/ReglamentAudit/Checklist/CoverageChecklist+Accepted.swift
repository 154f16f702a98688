import ReglamentDiagnostics

extension CoverageChecklist {
    /// The warnings the owner accepted on purpose (`accept:`), one item
    /// each, with the owner's reason: the auditor reads every exception the
    /// regulation makes, not only those still reported.
    func acceptedWarnings() -> [ChecklistItem] {
        diagnostics.compactMap { diagnostic in
            guard let acceptance = diagnostic.accepted else { return nil }
            return ChecklistItem(
                id: "accepted.\(diagnostic.code).\(acceptance.location.line)",
                title: "Исключение, принятое владельцем (\(diagnostic.code))",
                passed: true,
                location: "\(acceptance.location)",
                details: ["Причина: \(acceptance.reason)", "Предупреждение: \(diagnostic.message)"]
            )
        }
    }
}
