import ReglamentDiagnostics

/// Someone the operator may escalate to: the owner, a manager, a specialist.
public struct Contact: Decodable, Sendable, SchemaDocumented {
    public let location: SourceLocation
    public let id: Identifier
    public let name: Located<String>
    public let role: Located<ContactRole>?
    public let phone: Located<PhoneNumber>?
    public let email: Located<EmailAddress>?
    public let timezone: Located<TimeZoneID>?
    public let hours: WorkingHours?

    public static let summary = "A person the operator may transfer a call or forward a message to."
    public static let fieldSummaries = [
        "hours": "When this person accepts calls, in their own time zone.",
        "timezone": "The person's IANA time zone.",
    ]
}

public enum ContactRole: String, SchemaEnum {
    case owner, manager, specialist
}
