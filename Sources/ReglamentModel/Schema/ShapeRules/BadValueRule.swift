import ReglamentDiagnostics

/// A word outside its enumeration (`SchemaNode.enumeration`).
public struct BadValueRule: Rule {
    public static let description = RuleDescription(
        code: "R105", name: "bad-value", severity: .error,
        summary: "A word outside the allowed set (delivery kinds, field types, outcomes...).",
        triggering: [
            """
            delivery:
              methods:
                - {id: courier, name: Курьер, kind: ↓curier}
              zones:
                - id: moscow
                  name: Москва
                  timezone: Europe/Moscow
                  options: [{method: courier, days: 1, price: 300}]
            """,
        ],
        nonTriggering: [
            """
            delivery:
              methods:
                - {id: courier, name: Курьер, kind: courier}
              zones:
                - id: moscow
                  name: Москва
                  timezone: Europe/Moscow
                  postal: ["101000-129999"]
                  options: [{method: courier, days: 1, price: 300}]
            """,
        ]
    )

    /// "'curier' is not a valid value for 'kind'", with the nearest allowed word and all of them.
    static func diagnostic(_ text: String, for field: String, allowed values: [String], at location: SourceLocation) -> Diagnostic {
        let suggestion = Spelling.closestValue(to: text, among: values).map { "did you mean '\($0)'? " } ?? ""
        return description.diagnostic(
            "'\(text)' is not a valid value for '\(field)'",
            hint: suggestion + "expected one of: \(values.joined(separator: ", "))",
            at: location
        )
    }
}
