import Foundation
import ReglamentCompile

extension Availability {
    private static let minutesPerWeek = 7 * 24 * 60

    /// Whether the person can be reached at `instant`: a dated exception
    /// decides when one covers the instant, else the weekly pattern.
    public func isOpen(at instant: Date) -> Bool {
        let stamp = Self.iso(instant)
        if let exception = exception(at: instant) {
            return exception.open.contains { $0.from <= stamp && stamp < $0.until }
        }
        let minute = Self.minuteOfWeek(instant)
        return utcWeek.contains { $0.start <= minute && minute < $0.end }
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
        while candidate < limit {
            if isOpen(at: candidate) { return candidate }
            // Openings fall on whole minutes: step to the next boundary worth testing.
            candidate = nextBoundary(after: candidate)
        }
        return nil
    }

    /// The next instant at which the answer of `isOpen` may change.
    private func nextBoundary(after instant: Date) -> Date {
        let minute = Self.minuteOfWeek(instant)
        let weekStart = instant.addingTimeInterval(-Double(minute * 60) - instant.timeIntervalSince1970.truncatingRemainder(dividingBy: 60))
        var boundaries: [Date] = utcWeek.flatMap { span in
            [span.start, span.end, span.start + Self.minutesPerWeek, span.end + Self.minutesPerWeek]
                .map { weekStart.addingTimeInterval(Double($0 * 60)) }
        }
        for exception in exceptions {
            boundaries += ([exception.from, exception.until] + exception.open.flatMap { [$0.from, $0.until] }).compactMap(Self.date)
        }
        return boundaries.filter { $0 > instant }.min() ?? instant.addingTimeInterval(7 * 24 * 3600)
    }

    /// Minutes since Monday 00:00 UTC of the week `instant` falls in.
    static func minuteOfWeek(_ instant: Date) -> Int {
        // 1970-01-01 was a Thursday: Monday 00:00 UTC was 3 days earlier.
        let minutes = Int((instant.timeIntervalSince1970 / 60).rounded(.down)) + 3 * 24 * 60
        return ((minutes % minutesPerWeek) + minutesPerWeek) % minutesPerWeek
    }

    static func iso(_ date: Date) -> String { date.formatted(.iso8601) }
    static func date(_ text: String) -> Date? { try? Date(text, strategy: .iso8601) }
}
