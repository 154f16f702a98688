/// Minutes since midnight, `00:00` to `24:00`.
public struct TimeOfDay: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var minutes: Int

    public init(minutes: Int) {
        self.minutes = minutes
    }

    /// `9:00`, `09:00` or `24:00`.
    init?(_ text: Substring) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, (1...2).contains(parts[0].count), parts[1].count == 2,
              let hours = Int(parts[0]), let minutes = Int(parts[1]),
              (0...24).contains(hours), (0..<60).contains(minutes), hours < 24 || minutes == 0
        else { return nil }
        self.minutes = hours * 60 + minutes
    }

    public var description: String {
        let hours = minutes / 60, rest = minutes % 60
        return (hours < 10 ? "0" : "") + "\(hours):" + (rest < 10 ? "0" : "") + "\(rest)"
    }

    public static func < (lhs: TimeOfDay, rhs: TimeOfDay) -> Bool { lhs.minutes < rhs.minutes }
}

public struct TimeRange: Hashable, Sendable, CustomStringConvertible {
    public var start: TimeOfDay
    /// May be `24:00`. A range past midnight is written as two ranges.
    public var end: TimeOfDay

    public var description: String { "\(start)-\(end)" }
}

/// The hours of one day: `09:00-21:00`, `09:00-13:00, 14:00-18:00`,
/// `24h` (the whole day) or `closed`.
public struct TimeRanges: ScalarFormat, Hashable, CustomStringConvertible {
    public var ranges: [TimeRange]

    public static let formatName = "time range"
    public static let jsonSchema: JSONValue = [
        "type": "string",
        "pattern": "^(closed|24h|\\d{1,2}:\\d{2}-\\d{1,2}:\\d{2}(, *\\d{1,2}:\\d{2}-\\d{1,2}:\\d{2})*)$",
        "examples": ["09:00-21:00", "10:00-14:00, 15:00-19:00", "24h", "closed"],
    ]
    public static let schemaPlaceholder = TimeRanges(ranges: [])

    public init(ranges: [TimeRange]) {
        self.ranges = ranges
    }

    public init(parsing text: String) throws(FormatProblem) {
        let trimmed = text.trimmingSpaces
        if trimmed == "closed" || trimmed == "выходной" {
            self.init(ranges: [])
            return
        }
        if trimmed == "24h" || trimmed == "00:00-24:00" {
            self.init(ranges: [TimeRange(start: TimeOfDay(minutes: 0), end: TimeOfDay(minutes: 24 * 60))])
            return
        }
        var ranges: [TimeRange] = []
        for part in trimmed.split(separator: ",", omittingEmptySubsequences: false) {
            let ends = part.trimmingSpaces.split(separator: "-")
            guard ends.count == 2, let start = TimeOfDay(ends[0].trimmingSpaces[...]),
                  let end = TimeOfDay(ends[1].trimmingSpaces[...])
            else {
                throw FormatProblem(
                    "'\(text)' is not a time range",
                    hint: "write hours as HH:MM-HH:MM, several separated by commas ('10:00-14:00, 15:00-19:00'), or '24h', or 'closed'"
                )
            }
            guard start < end else {
                throw FormatProblem(
                    "time range '\(part.trimmingSpaces)' ends before it starts",
                    hint: "a range past midnight is two ranges on two days, e.g. fri '20:00-24:00' and sat '00:00-02:00'"
                )
            }
            if let previous = ranges.last, start < previous.end {
                throw FormatProblem("time ranges in '\(text)' overlap or are out of order", hint: "list ranges from morning to night without overlaps")
            }
            ranges.append(TimeRange(start: start, end: end))
        }
        self.init(ranges: ranges)
    }

    public var isClosed: Bool { ranges.isEmpty }

    public var description: String {
        ranges.isEmpty ? "closed" : ranges.map(\.description).joined(separator: ", ")
    }
}

extension StringProtocol {
    /// Without spaces and tabs at either end (no Foundation: it runs over every value).
    public var trimmingSpaces: String {
        // Nearly every value has nothing to trim; the check on the two end
        // bytes spares rebuilding it scalar by scalar (a space or a tab is
        // one byte in UTF-8, never part of another character's bytes).
        let text = Substring(self)
        guard let first = text.utf8.first, let last = text.utf8.last,
              first == UInt8(ascii: " ") || first == UInt8(ascii: "\t")
                || last == UInt8(ascii: " ") || last == UInt8(ascii: "\t")
        else { return String(text) }
        var scalars = text.unicodeScalars[...]
        while let first = scalars.first, first == " " || first == "\t" { scalars = scalars.dropFirst() }
        while let last = scalars.last, last == " " || last == "\t" { scalars = scalars.dropLast() }
        return String(String.UnicodeScalarView(scalars))
    }
}
