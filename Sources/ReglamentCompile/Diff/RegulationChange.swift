/// One difference between two versions of a regulation that an operator
/// would notice: a step reworded, a zone's price, a contact's hours.
public struct RegulationChange: Codable, Sendable, Equatable {
    public enum Area: String, Codable, Sendable, CaseIterable {
        case fact, payment, step, zone, contact, escalation, faq
    }

    public enum Kind: String, Codable, Sendable {
        case added, removed, changed
    }

    public var area: Area
    /// What changed, by id: `inbound/greeting`, `novosibirsk/cdek`, `owner`.
    public var subject: String
    public var kind: Kind
    /// For `changed`: which property (`line`, `price`, `hours`…).
    public var property: String?
    public var old: String?
    public var new: String?

    public init(area: Area, subject: String, kind: Kind, property: String?, old: String?, new: String?) {
        self.area = area
        self.subject = subject
        self.kind = kind
        self.property = property
        self.old = old
        self.new = new
    }
}
