import Foundation
import ReglamentCompile
import ReglamentRun
import Testing

/// The runner's "can they be reached now, and when next?" for a contact in
/// Europe/Berlin, Mon–Fri 09:00–18:00, across the 2027 changes of clocks.
@Suite struct AvailabilityTests {
    static let berlin = Availability(
        timezone: "Europe/Berlin",
        week: Array(repeating: [MinuteSpan(start: 9 * 60, end: 18 * 60)], count: 5) + [[], []],
        exceptions: [])

    static func utc(_ text: String) -> Date {
        try! Date(text, strategy: .iso8601)
    }

    @Test func openAtNineOnTheContactsClockInBothSeasons() {
        #expect(!Self.berlin.isOpen(at: Self.utc("2027-03-26T07:30:00Z")))
        #expect(Self.berlin.isOpen(at: Self.utc("2027-03-26T08:00:00Z")))  // 09:00 CET
        #expect(!Self.berlin.isOpen(at: Self.utc("2027-03-29T06:59:00Z")))
        #expect(Self.berlin.isOpen(at: Self.utc("2027-03-29T07:00:00Z")))  // 09:00 CEST
        #expect(Self.berlin.isOpen(at: Self.utc("2027-10-29T07:00:00Z")))  // 09:00 CEST
        #expect(!Self.berlin.isOpen(at: Self.utc("2027-11-01T07:00:00Z")))  // 08:00 CET
        #expect(Self.berlin.isOpen(at: Self.utc("2027-11-01T08:00:00Z")))
    }

    @Test func nextOpeningAcrossTheChange() {
        // Friday 18:00 CET → Monday 09:00 CEST.
        #expect(Self.berlin.nextOpening(after: Self.utc("2027-03-26T17:00:00Z")) == Self.utc("2027-03-29T07:00:00Z"))
        // Friday 18:00 CEST → Monday 09:00 CET.
        #expect(Self.berlin.nextOpening(after: Self.utc("2027-10-29T16:00:00Z")) == Self.utc("2027-11-01T08:00:00Z"))
        // Open already: now.
        let open = Self.utc("2027-11-01T10:15:00Z")
        #expect(Self.berlin.nextOpening(after: open) == open)
    }

    @Test func aWeekWithoutHoursNeverOpens() {
        let never = Availability(timezone: "Europe/Berlin", week: Array(repeating: [], count: 7), exceptions: [])
        #expect(never.nextOpening(after: Self.utc("2027-03-26T17:00:00Z")) == nil)
    }
}
