/// Dated hours that differ from the week: holidays, a shortened day, a holiday of the person.
public struct HoursException: Sendable, Equatable {
    public var dates: String
    public var hours: String
    public var exceptionNote: String?
}
