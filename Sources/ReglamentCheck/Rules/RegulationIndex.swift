import ReglamentModel

/// Lookups built once per regulation, so each check stays a simple loop.
/// On duplicate ids the first definition wins (`DuplicateIDCheck` reports the rest).
public struct RegulationIndex: Sendable {
    public let contacts: [Identifier: Contact]
    public let paymentMethods: [Identifier: PaymentMethod]
    public let productClasses: [Identifier: ProductClass]
    public let deliveryMethods: [Identifier: DeliveryMethod]
    public let zones: [Identifier: DeliveryZone]
    public let orderFields: [Identifier: OrderField]
    public let faqTopics: Set<Identifier>
    public let escalations: [Identifier: EscalationRule]
    public let scripts: [Identifier: Script]
    public let graphs: [Identifier: ScriptGraph]

    public init(_ regulation: Regulation) {
        contacts = RegulationIndex.byID(regulation.contacts, \.id)
        paymentMethods = RegulationIndex.byID(regulation.payment, \.id)
        productClasses = RegulationIndex.byID(regulation.productClasses ?? [], \.id)
        deliveryMethods = RegulationIndex.byID(regulation.delivery.methods, \.id)
        zones = RegulationIndex.byID(regulation.delivery.zones, \.id)
        orderFields = RegulationIndex.byID(regulation.order.fields, \.id)
        faqTopics = Set(regulation.faq.map(\.topic))
        escalations = RegulationIndex.byID(regulation.escalations, \.id)
        scripts = RegulationIndex.byID(regulation.scripts, \.id)
        graphs = RegulationIndex.graphs(of: scripts)
    }

    /// Each script's graph, built on every core: the graphs are most of the
    /// index's work, and the checks wait for the index.
    private static func graphs(of scripts: [Identifier: Script]) -> [Identifier: ScriptGraph] {
        let entries = Array(scripts)
        let built = Parallel.map(entries.map(\.value), ScriptGraph.init)
        return Dictionary(uniqueKeysWithValues: zip(entries.map(\.key), built))
    }

    static func byID<T>(_ items: [T], _ id: (T) -> Identifier) -> [Identifier: T] {
        Dictionary(items.map { (id($0), $0) }, uniquingKeysWith: { first, _ in first })
    }
}
