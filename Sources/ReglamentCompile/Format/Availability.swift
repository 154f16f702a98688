/// When someone can be reached, in UTC, so the runner decides with one
/// look-up: a weekly pattern plus dated exceptions (holidays, a shortened
/// day), each exception already turned into UTC instants.
public struct Availability: Codable, Sendable, Equatable {
    /// Open spans of the week in UTC, as minutes from Monday 00:00 UTC
    /// (0 ..< 10080), sorted; a span never wraps past Sunday.
    public var utcWeek: [MinuteSpan]
    /// Dates whose hours differ from the week, in the person's own time zone
    /// and as UTC instants: `closedFrom ..< closedUntil` replaces the week,
    /// and `open` lists what is open inside it.
    public var exceptions: [AvailabilityException]
}

public struct MinuteSpan: Codable, Sendable, Equatable {
    public var start: Int
    public var end: Int
}

public struct AvailabilityException: Codable, Sendable, Equatable {
    /// The local dates, as written ("2026-12-31..2027-01-08").
    public var dates: String
    public var note: String?
    /// ISO 8601 UTC instants bounding the local dates.
    public var from: String
    public var until: String
    public var open: [InstantSpan]
}

public struct InstantSpan: Codable, Sendable, Equatable {
    public var from: String
    public var until: String
}
