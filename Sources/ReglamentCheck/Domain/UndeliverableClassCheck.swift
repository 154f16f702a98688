import ReglamentDiagnostics
import ReglamentModel

/// A product class that no option of a zone can take: the operator would
/// accept an order that cannot be delivered.
public struct UndeliverableClassCheck: Check {
    public static let description = RuleDescription(
        code: "R403", name: "undeliverable-class", severity: .warning,
        summary: "A product class that no delivery option can take to some zone (zone × class listed).",
        triggering: [
            """
            product_classes:
              - {id: piano, name: Пианино}
            delivery:
              methods:
                - {id: post, name: Почта, kind: post, excludes: [piano]}
              zones:
                - ↓id: far
                  name: Дальний Восток
                  timezone: Asia/Vladivostok
                  postal: ["690000-692999"]
                  options: [{method: post, days: 7-14, price: 900}]
            """,
        ],
        nonTriggering: [
            // The post cannot take a piano, a transport company can.
            """
            product_classes:
              - {id: piano, name: Пианино}
            delivery:
              methods:
                - {id: post, name: Почта, kind: post, excludes: [piano]}
                - {id: cargo, name: Транспортная компания, kind: transport}
              zones:
                - id: far
                  name: Дальний Восток
                  timezone: Asia/Vladivostok
                  postal: ["690000-692999"]
                  options:
                    - {method: post, days: 7-14, price: 900}
                    - {method: cargo, days: 10-20, price: 6000}
            """,
        ]
    )

    public init() {}

    public func check(_ regulation: Regulation, index: RegulationIndex) -> [Diagnostic] {
        let classes = regulation.productClasses ?? []
        return regulation.delivery.zones.compactMap { zone in
            let stranded = classes.filter { productClass in
                !zone.options.contains { DeliveryFeasibility.option($0, of: index, takes: productClass.id) }
            }
            guard !stranded.isEmpty, !zone.options.isEmpty else { return nil }
            let names = stranded.map { "'\($0.id)'" }.joined(separator: ", ")
            return Self.description.diagnostic(
                "no delivery option of zone '\(zone.id)' can take \(names)",
                hint: "add an option that takes it (e.g. a transport company), or tell operators in the FAQ",
                at: zone.location
            )
        }
    }
}

/// A zone's option as the feasibility rule (`DeliveryRoute`) reads it.
public enum DeliveryFeasibility {
    public static func route(_ option: DeliveryOption, of index: RegulationIndex) -> DeliveryRoute? {
        guard let method = index.deliveryMethods[option.method] else { return nil }
        let excludes = Set((method.excludes ?? []).map(\.text) + (option.excludes ?? []).map(\.text))
        guard let points = method.points, !points.isEmpty else { return DeliveryRoute(excludes: excludes, points: nil) }
        let serving = option.points.map { ids in points.filter { ids.contains($0.id) } } ?? points
        return DeliveryRoute(excludes: excludes, points: serving.map { DeliveryRoute.Point(id: $0.id.text, excludes: Set(($0.excludes ?? []).map(\.text))) })
    }

    public static func option(_ option: DeliveryOption, of index: RegulationIndex, takes productClass: Identifier) -> Bool {
        route(option, of: index)?.takes([productClass.text]) ?? false
    }
}
