import ReglamentDiagnostics
import ReglamentModel

/// `{{zone.free_from}}` is the lowest free-delivery threshold of the
/// caller's zone; in a zone where nothing is ever free it has no value, and
/// the line reads «Бесплатная доставка от — ₽» to the client.
public struct FreeDeliveryThresholdCheck: Check {
    public static let description = RuleDescription(
        code: "R414", name: "free-delivery-threshold", severity: .warning,
        summary: "A line uses {{zone.free_from}}, but some zone has no free delivery: there it reads «от — ₽».",
        triggering: [
            ExampleRegulation.faq(deliveryAnswer: #"↓"Бесплатная доставка от {{zone.free_from}} ₽.""#),
        ],
        nonTriggering: [
            // Free delivery said through {{zone.delivery}}, which names it per option where there is one.
            ExampleRegulation.faq(deliveryAnswer: #""В зону «{{zone.name}}»: {{zone.delivery}}.""#),
        ]
    )

    public init() {}

    public func check(_ regulation: Regulation, index: RegulationIndex) -> [Diagnostic] {
        let neverFree = regulation.delivery.zones.filter { zone in zone.options.allSatisfy { $0.freeFrom == nil } }
        guard !neverFree.isEmpty else { return [] }
        let names = neverFree.prefix(3).map { "'\($0.id)'" }.joined(separator: ", ") + (neverFree.count > 3 ? " and \(neverFree.count - 3) more" : "")
        var problems: [Diagnostic] = []
        RegulationTexts.forEach(in: regulation) { text in
            guard TemplateVariables.names(in: text.value).contains("zone.free_from") else { return }
            problems.append(Self.description.diagnostic(
                "'{{zone.free_from}}' has no value in \(names), where no delivery is free: the line reads «от — ₽» there",
                hint: "say free delivery through {{zone.delivery}}, which names it for each option that has it, or give those zones a 'free_from'",
                at: text.location
            ))
        }
        return problems
    }
}
