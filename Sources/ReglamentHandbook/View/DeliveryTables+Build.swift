import Foundation
import ReglamentCompile
import ReglamentModel
import ReglamentWording

extension DeliveryTables {
    /// Methods with their pickup points, and for each zone a table of
    /// options × product classes.
    init(_ context: HandbookContext) {
        let compiled = context.compiled
        methods = compiled.deliveryMethods.map { method in
            MethodRow(
                name: method.name, kind: RussianLabels.deliveryKind(method.kind),
                excludes: context.classList(method.excludes),
                points: method.points.map { point in
                    PointRow(
                        name: point.name, address: point.address, pointHours: point.hours ?? "—",
                        pointExcludes: context.classList(point.excludes)
                    )
                }
            )
        }
        classNames = compiled.productClasses.map(\.name)
        hasClasses = !classNames.isEmpty
        let pointNames = Dictionary(
            compiled.deliveryMethods.flatMap(\.points).map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first }
        )
        zones = compiled.zones.map { zone in
            ZoneTable(
                anchor: HandbookContext.anchor("zone", zone.id), name: zone.name,
                timezone: context.zoneLabel(zone.timezone),
                postal: zone.postal.isEmpty ? "—" : zone.postal.map(Self.postalRange).joined(separator: ", "),
                cities: zone.cities.isEmpty ? "—" : zone.cities.joined(separator: ", "),
                options: zone.options.map { option in
                    OptionRow(
                        method: option.methodName, kind: Self.kind(option.kind, unlessIn: option.methodName),
                        days: DeliveryTerm.said(fewest: option.daysMin, most: option.daysMax),
                        price: context.price(option.price),
                        freeFrom: option.freeFrom.map { "от \(context.money($0))" } ?? "—",
                        points: option.points.isEmpty ? "—" : option.points.map { pointNames[$0] ?? $0 }.joined(separator: ", "),
                        classes: compiled.productClasses.map { productClass in
                            // The runner's rule: a pickup option takes the class only where one of its points does.
                            let accepts = compiled.route(of: option).takes([productClass.id])
                            return ClassCell(accepts: accepts, mark: accepts ? "да" : "нет")
                        }
                    )
                },
                noOptions: zone.options.isEmpty
            )
        }
    }

    /// "630000-630000" → "630000"; "630000-633999" → "630000–633999".
    static func postalRange(_ range: String) -> String {
        let ends = range.split(separator: "-")
        guard ends.count == 2 else { return range }
        return ends[0] == ends[1] ? String(ends[0]) : "\(ends[0])–\(ends[1])"
    }

    /// The kind's word, unless the method's name already has it.
    static func kind(_ kind: DeliveryKind, unlessIn name: String) -> String? {
        let word = RussianLabels.deliveryKind(kind)
        return name.lowercased().contains(word) ? nil : word
    }
}
