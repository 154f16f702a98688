/// The one rule of which goods a delivery option can take, and which
/// payments fit an order. `check`, the compiler's handbook tables and the
/// runner build these from their own data and ask them; nothing else
/// decides feasibility.
///
/// An option takes a set of product classes when neither its method nor
/// the option excludes any of them and, for pickup, at least one of its
/// points takes every one of them (the goods travel to one point).
public struct DeliveryRoute: Sendable, Equatable {
    public var excludes: Set<String>
    /// The pickup points the option serves, each with its own exclusions; nil for door-to-door methods.
    public var points: [Point]?

    public struct Point: Sendable, Equatable {
        public var id: String
        public var excludes: Set<String>

        public init(id: String, excludes: Set<String>) {
            self.id = id
            self.excludes = excludes
        }
    }

    public init(excludes: Set<String>, points: [Point]?) {
        self.excludes = excludes
        self.points = points
    }

    public enum Admission: Sendable, Equatable {
        /// The option takes the goods; for pickup, at the points listed.
        case takes(points: [String])
        /// The option cannot take goods of these classes (sorted).
        case refuses([String])
    }

    public func admits(_ classes: Set<String>) -> Admission {
        let refused = classes.intersection(excludes)
        if !refused.isEmpty { return .refuses(refused.sorted()) }
        guard let points, !points.isEmpty else { return .takes(points: []) }
        let serving = points.filter { $0.excludes.isDisjoint(with: classes) }
        if !serving.isEmpty { return .takes(points: serving.map(\.id)) }
        // No point takes all: name the classes that some point refuses.
        return .refuses(classes.intersection(points.reduce(into: Set<String>()) { $0.formUnion($1.excludes) }).sorted())
    }

    public func takes(_ classes: Set<String>) -> Bool {
        if case .takes = admits(classes) { true } else { false }
    }
}

/// What limits a way of paying: an amount, the delivery methods it works
/// with, and who may use it.
public struct PaymentLimits: Sendable, Equatable {
    public var max: Money?
    public var deliveryMethods: Set<String>?
    public var clients: ClientKind?

    public init(max: Money?, deliveryMethods: Set<String>?, clients: ClientKind?) {
        self.max = max
        self.deliveryMethods = deliveryMethods
        self.clients = clients
    }

    /// Why an order cannot be paid this way, checking only what is known.
    public enum Refusal: Sendable, Equatable {
        case overLimit(Money)
        case notWithDelivery(String)
        case notForClient(ClientKind)
    }

    public func refusal(total: Money?, deliveryMethod: String?, client: ClientKind?) -> Refusal? {
        if let max, let total, total > max { return .overLimit(max) }
        if let allowed = deliveryMethods, let method = deliveryMethod, !allowed.contains(method) { return .notWithDelivery(method) }
        if let only = clients, let client, client != only { return .notForClient(only) }
        return nil
    }
}
