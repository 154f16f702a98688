import ReglamentDiagnostics

/// The call center that answers the shop's line: its time zone is the
/// clock its operators read (the handbook shows every contact's hours on
/// it), its hours are when it answers for this shop. Without the section,
/// it answers around the clock in the shop's time zone.
public struct CallCenter: Decodable, Sendable, SchemaDocumented {
    public let location: SourceLocation
    public let timezone: Located<TimeZoneID>?
    public let hours: WorkingHours?

    public static let summary = "The call center that answers this shop's line: its time zone and hours."
    public static let fieldSummaries = [
        "timezone": "The call center's IANA time zone, the clock its operators read (default: the shop's).",
        "hours": "When it answers for this shop, in its own time zone (default: around the clock).",
    ]
}

extension Regulation {
    /// The clock the call center's operators read: its own zone, else the shop's.
    public var callCenterTimeZone: TimeZoneID {
        callCenter?.timezone?.value ?? shop.timezone.value
    }
}
