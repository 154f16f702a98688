/// One person the operator may escalate to, with when they take calls.
public struct ContactRow: Sendable, Equatable {
    public var anchor: String
    public var name: String
    public var role: String
    public var phone: String
    public var email: String
    public var timezone: String
    /// When they take calls, in their own time zone and on the call center's clock.
    public var hoursOwn: String
    public var hoursCallCenter: String
    public var messagesOnly: Bool
    public var contactExceptions: [HoursException]
}
