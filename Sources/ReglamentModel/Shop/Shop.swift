import ReglamentDiagnostics

/// The shop whose phone line the call center answers.
public struct Shop: Decodable, Sendable, SchemaDocumented {
    public let location: SourceLocation
    public let id: Identifier
    public let name: Located<String>
    public let site: Located<String>?
    public let phone: Located<PhoneNumber>
    public let lines: [Located<PhoneNumber>]?
    public let email: Located<EmailAddress>?
    public let timezone: Located<TimeZoneID>
    public let locale: Located<String>?
    public let currency: Located<String>?
    public let about: Located<String>?
    public let hours: WorkingHours

    public static let summary = "The shop: its name, contacts, time zone and working hours."
    public static let fieldSummaries = [
        "id": "Short id of the shop; prefixes call reference numbers.",
        "name": "Shop name as the operator says it.",
        "lines": "Other numbers the shop's calls come in on (the call center's lines for it); the telephone system's screen pop finds the shop by any of them or its phone.",
        "timezone": "IANA time zone of the shop, e.g. Europe/Moscow.",
        "locale": "Language of the scripts, e.g. ru-RU.",
        "currency": "ISO 4217 currency code; amounts in the regulation are in it.",
        "about": "A short description the operator may read out.",
        "hours": "When the shop itself works (the call center covers the rest).",
    ]
}
