import ReglamentDiagnostics
import ReglamentModel

public struct ZoneWithoutOptionsCheck: Check {
    public static let description = RuleDescription(
        code: "R402", name: "zone-without-options", severity: .error,
        summary: "A delivery zone with no delivery option, or matched by neither postal ranges nor cities.",
        triggering: [
            """
            delivery:
              methods:
                - {id: courier, name: Курьер, kind: courier}
              zones:
                - ↓id: moscow
                  name: Москва
                  timezone: Europe/Moscow
                  postal: ["101000-129999"]
                  options: []
            """,
        ],
        nonTriggering: [
            // Matched by its city alone.
            """
            delivery:
              methods:
                - {id: courier, name: Курьер, kind: courier}
              zones:
                - id: moscow
                  name: Москва
                  timezone: Europe/Moscow
                  cities: [Москва]
                  options: [{method: courier, days: 1, price: 300}]
            """,
        ]
    )

    public init() {}

    public func check(_ regulation: Regulation, index: RegulationIndex) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        for zone in regulation.delivery.zones {
            if zone.options.isEmpty {
                problems.append(Self.description.diagnostic(
                    "zone '\(zone.id)' has no delivery option", hint: "add at least one entry to 'options:'", at: zone.location
                ))
            }
            if (zone.postal ?? []).isEmpty && (zone.cities ?? []).isEmpty {
                problems.append(Self.description.diagnostic(
                    "zone '\(zone.id)' matches no client: it has neither postal ranges nor cities",
                    hint: "add 'postal:' ranges or 'cities:'", at: zone.location
                ))
            }
        }
        return problems
    }
}
