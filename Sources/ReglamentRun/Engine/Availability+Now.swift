import Foundation
import ReglamentCompile
import ReglamentWording

extension Availability {
    /// Whether the person can be reached at `instant`: a dated exception
    /// decides when one covers the instant, else the weekly hours on the
    /// person's own clock at that instant.
    public func isOpen(at instant: Date) -> Bool {
        let stamp = Self.iso(instant)
        if let exception = exception(at: instant) {
            return exception.open.contains { $0.from <= stamp && stamp < $0.until }
        }
        return localWeek.isOpen(at: instant, in: timeZone)
    }

    /// The dated exception (a holiday, a shortened day) that covers `instant`.
    public func exception(at instant: Date) -> AvailabilityException? {
        let stamp = Self.iso(instant)
        // ISO 8601 UTC stamps of one format compare as text.
        return exceptions.first { $0.from <= stamp && stamp < $0.until }
    }

    /// The first instant at or after `instant` when the person can be
    /// reached, looking two weeks ahead (a holiday can close a whole week).
    public func nextOpening(after instant: Date) -> Date? {
        var candidate = instant
        let limit = instant.addingTimeInterval(14 * 24 * 3600)
        let week = localWeek, zone = timeZone
        while candidate < limit {
            if isOpen(at: candidate) { return candidate }
            // Openings fall on whole minutes: step to the next boundary worth testing.
            candidate = nextBoundary(after: candidate, week: week, zone: zone)
        }
        return nil
    }

    /// The end of the open span `instant` falls in: when the person stops
    /// being reachable (nil when they stay so for two weeks, or are not now).
    public func nextClosing(after instant: Date) -> Date? {
        guard isOpen(at: instant) else { return nil }
        var candidate = instant
        let limit = instant.addingTimeInterval(14 * 24 * 3600)
        let week = localWeek, zone = timeZone
        while candidate < limit {
            candidate = nextBoundary(after: candidate, week: week, zone: zone)
            if !isOpen(at: candidate) { return candidate }
        }
        return nil
    }

    /// The next instant at which the answer of `isOpen` may change.
    private func nextBoundary(after instant: Date, week: LocalWeek, zone: TimeZone) -> Date {
        var boundaries = week.nextChange(after: instant, in: zone).map { [$0] } ?? []
        for exception in exceptions {
            boundaries += ([exception.from, exception.until] + exception.open.flatMap { [$0.from, $0.until] }).compactMap(Self.date)
        }
        return boundaries.filter { $0 > instant }.min() ?? instant.addingTimeInterval(7 * 24 * 3600)
    }

    static func iso(_ date: Date) -> String { date.formatted(.iso8601) }
    static func date(_ text: String) -> Date? { try? Date(text, strategy: .iso8601) }
}
