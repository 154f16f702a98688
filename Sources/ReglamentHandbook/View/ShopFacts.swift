/// The shop's own facts, as the handbook's first section shows them.
public struct ShopFacts: Sendable, Equatable {
    public var name: String
    public var phone: String
    public var shopSite: String?
    public var shopEmail: String?
    public var timezone: String
    public var currency: String
    public var locale: String
    public var hours: String
    public var hoursExceptions: [HoursException]
    public var shopAbout: String?
}
