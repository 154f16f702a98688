import ReglamentDiagnostics

/// Weekly hours with date overrides (public holidays, a short pre-holiday
/// day, an owner's vacation). Used for the shop and for every contact.
public struct WorkingHours: Decodable, Sendable, SchemaDocumented {
    public let location: SourceLocation
    public let week: WeekSchedule
    public let overrides: [HoursOverride]?

    public static let summary = "Weekly hours plus overrides for particular dates."
    public static let fieldSummaries = [
        "week": "Day range → hours, e.g. 'mon-fri: 09:00-18:00', 'sat,sun: closed', 'daily: 24h'.",
        "overrides": "Dates whose hours differ from the week: holidays, vacations.",
    ]
}

/// `mon-fri: 09:00-21:00` lines, in the order written.
public struct WeekSchedule: Decodable, Sendable, SchemaDescribing {
    public struct Line: Sendable {
        public let days: Located<DaySet>
        public let hours: Located<TimeRanges>
    }

    public let lines: [Line]

    public static var schema: SchemaNode { .dictionary(key: DaySet.formatInfo, value: TimeRanges.schema) }
    public static let schemaPlaceholder = WeekSchedule(lines: [])

    init(lines: [Line]) {
        self.lines = lines
    }

    public init(from decoder: any Decoder) throws {
        guard let node = (decoder as? NodeDecoder)?.node, case .mapping(let pairs) = node.content else {
            throw DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "weekly hours must be a mapping"))
        }
        lines = try pairs.map { pair in
            Line(
                days: Located(try DaySet(parsing: pair.keyText), at: pair.key.location),
                hours: try NodeDecoder.decode(Located<TimeRanges>.self, from: pair.value)
            )
        }
    }

    /// The hours on `day`: a later line wins over an earlier one.
    public func hours(on day: Weekday) -> TimeRanges {
        lines.last { $0.days.value.days.contains(day) }?.hours.value ?? TimeRanges(ranges: [])
    }
}

public struct HoursOverride: Decodable, Sendable, SchemaDocumented {
    public let location: SourceLocation
    public let date: Located<DateSpan>
    public let hours: Located<TimeRanges>
    public let note: Located<String>?

    public static let summary = "Different hours on a date or a span of dates."
    public static let fieldSummaries = [
        "date": "One date (2026-12-31) or a span (2027-01-01..2027-01-08).",
        "hours": "Hours on those dates, or 'closed'.",
        "note": "Why (the operator reads it): 'New Year holidays'.",
    ]
}
