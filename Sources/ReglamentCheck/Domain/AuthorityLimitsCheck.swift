import ReglamentDiagnostics
import ReglamentModel

/// Without limits an operator either promises too much or escalates every
/// small complaint.
public struct AuthorityLimitsCheck: Check {
    public static let description = RuleDescription(
        code: "R409", name: "authority-limits", severity: .warning,
        summary: "Operator authority is missing, or gives no compensation or discount limit.",
        triggering: [
            """
            authority:
              ↓discount_max: 5%
            """,
        ],
        nonTriggering: [
            // 0: operators may not compensate, and the regulation says so.
            """
            authority:
              compensation_max: 0
              discount_max: 5%
            """,
        ]
    )

    public init() {}

    public func check(_ regulation: Regulation, index: RegulationIndex) -> [Diagnostic] {
        guard let authority = regulation.authority else {
            return [Self.description.diagnostic(
                "the regulation does not say what operators may decide alone",
                hint: "add 'authority:' with 'compensation_max:' and 'discount_max:' (0 when nothing is allowed)",
                at: regulation.location
            )]
        }
        let missing = [
            authority.compensationMax == nil ? "compensation_max" : nil,
            authority.discountMax == nil ? "discount_max" : nil,
        ].compactMap { $0 }
        guard !missing.isEmpty else { return [] }
        return [Self.description.diagnostic(
            "operator authority gives no \(missing.map { "'\($0)'" }.joined(separator: " or "))",
            hint: "write the limit (0 when operators may not decide it)", at: authority.location
        )]
    }
}
