import ReglamentDiagnostics
import ReglamentModel

/// A postal index in two zones would give two delivery terms for one client.
public struct OverlappingPostalRangesCheck: Check {
    public static let description = RuleDescription(
        code: "R401", name: "overlapping-postal-ranges", severity: .error,
        summary: "Postal ranges of two zones (or twice in one zone) overlap; both places are named.",
        triggering: [
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
                - id: oblast
                  name: Московская область
                  timezone: Europe/Moscow
                  postal: [↓"129000-143999"]
                  options: [{method: courier, days: 2, price: 500}]
            """,
        ],
        nonTriggering: [
            // Ranges that meet but do not overlap.
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
                - id: oblast
                  name: Московская область
                  timezone: Europe/Moscow
                  postal: ["130000-143999"]
                  options: [{method: courier, days: 2, price: 500}]
            """,
        ]
    )

    public init() {}

    public func check(_ regulation: Regulation, index: RegulationIndex) -> [Diagnostic] {
        // `order` is the place in the regulation as written, included files
        // after the main one: the later range of two is the one reported.
        var ranges: [(range: Located<PostalRange>, zone: Identifier, order: Int)] = regulation.delivery.zones
            .flatMap { zone in (zone.postal ?? []).map { ($0, zone.id) } }
            .enumerated().map { ($1.0, $1.1, $0) }
        ranges.sort { ($0.range.value.lower, $0.order) < ($1.range.value.lower, $1.order) }
        // Sorted by start, a range overlaps an earlier one exactly when it
        // starts before the furthest end seen so far.
        var problems: [Diagnostic] = []
        var furthest: (range: Located<PostalRange>, zone: Identifier, order: Int)?
        for entry in ranges {
            if let previous = furthest, entry.range.value.overlaps(previous.range.value) {
                let (later, earlier) = entry.order > previous.order ? (entry, previous) : (previous, entry)
                let shared = PostalRange(
                    lower: max(entry.range.value.lower, previous.range.value.lower),
                    upper: min(entry.range.value.upper, previous.range.value.upper)
                )
                problems.append(Self.description.diagnostic(
                    "postal range \(later.range.value) of zone '\(later.zone)' overlaps \(earlier.range.value) of zone '\(earlier.zone)' (\(shared) in both)",
                    hint: "each postal index must belong to one zone; narrow one of the ranges",
                    at: later.range.location,
                    related: [RelatedLocation(message: "\(earlier.range.value) of zone '\(earlier.zone)'", location: earlier.range.location)]
                ))
            }
            if furthest == nil || entry.range.value.upper > furthest!.range.value.upper { furthest = entry }
        }
        return problems
    }
}
