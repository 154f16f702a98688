/// When someone can be reached: their weekly hours on their own clock,
/// their time zone, and dated exceptions (holidays, a shortened day) as
/// exact instants. The runner turns an instant into the person's local
/// date and minute in their zone, date by date, so the answer is right on
/// both sides of a change to or from summer time.
public struct Availability: Codable, Sendable, Equatable {
    /// The person's IANA time zone ("Europe/Berlin"): the clock `week` is kept on.
    public var timezone: String
    /// Seven days, Monday first: each day's open spans as minutes from local
    /// midnight (0 ..< 1440, an end may be 1440), sorted.
    public var week: [[MinuteSpan]]
    /// Dates whose hours differ from the week, in the person's own time zone
    /// and as UTC instants: `from ..< until` replaces the week, and `open`
    /// lists what is open inside it.
    public var exceptions: [AvailabilityException]

    public init(timezone: String, week: [[MinuteSpan]], exceptions: [AvailabilityException]) {
        self.timezone = timezone
        self.week = week
        self.exceptions = exceptions
    }
}

public struct MinuteSpan: Codable, Sendable, Equatable {
    public var start: Int
    public var end: Int

    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }
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
