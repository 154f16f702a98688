/// The delivery methods and, per zone, its options and which product
/// classes each can take (from `DeliveryFeasibility`, as `check` and the runner judge it).
public struct DeliveryTables: Sendable, Equatable {
    public var methods: [MethodRow]
    /// The product classes, in the order of each option's `classes`.
    public var classNames: [String]
    public var hasClasses: Bool
    public var zones: [ZoneTable]

    public struct MethodRow: Sendable, Equatable {
        public var name: String
        public var kind: String
        public var excludes: String
        public var points: [PointRow]
    }

    public struct PointRow: Sendable, Equatable {
        public var name: String
        public var address: String
        public var pointHours: String
        public var pointExcludes: String
    }

    public struct ZoneTable: Sendable, Equatable {
        public var anchor: String
        public var name: String
        public var timezone: String
        public var postal: String
        public var cities: String
        public var options: [OptionRow]
        public var noOptions: Bool
    }

    public struct OptionRow: Sendable, Equatable {
        public var method: String
        /// Nil when the method's name already says it («Курьер по Москве», not «… (курьер)»).
        public var kind: String?
        public var days: String
        public var price: String
        public var freeFrom: String
        public var points: String
        /// One cell per product class, in `classNames` order.
        public var classes: [ClassCell]
    }

    public struct ClassCell: Sendable, Equatable {
        public var accepts: Bool
        /// "да" or "нет".
        public var mark: String
    }
}
