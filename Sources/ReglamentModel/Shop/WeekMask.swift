import Foundation

/// The quarter-hours of a week, Monday 00:00 UTC first, when someone is
/// available. Hours written in a person's own time zone become one common
/// clock, so "is anyone reachable now?" is one lookup.
public struct WeekMask: Sendable, Equatable {
    public static let slotMinutes = 15
    public static let slotCount = 7 * 24 * 60 / slotMinutes

    public var slots: [Bool]

    public init(slots: [Bool]) {
        self.slots = slots
    }

    public static let always = WeekMask(slots: Array(repeating: true, count: slotCount))
    public static let never = WeekMask(slots: Array(repeating: false, count: slotCount))

    /// The weekly hours of `hours`, kept in `timeZone`, on the UTC week.
    /// Offsets are today's (the zones Russian shops use have no summer time).
    public init(_ hours: WorkingHours, in timeZone: TimeZoneID) {
        var slots = Array(repeating: false, count: WeekMask.slotCount)
        let shift = WeekMask.offsetSlots(timeZone)
        for day in Weekday.allCases {
            let dayStart = (day.rawValue - 1) * 24 * 60 / WeekMask.slotMinutes
            for range in hours.week.hours(on: day).ranges {
                for slot in (range.start.minutes / WeekMask.slotMinutes)..<(range.end.minutes / WeekMask.slotMinutes) {
                    slots[WeekMask.wrap(dayStart + slot - shift)] = true
                }
            }
        }
        self.init(slots: slots)
    }

    static func offsetSlots(_ timeZone: TimeZoneID) -> Int {
        timeZone.timeZone.secondsFromGMT(for: Date()) / 60 / slotMinutes
    }

    static func wrap(_ slot: Int) -> Int { ((slot % slotCount) + slotCount) % slotCount }

    public func union(_ other: WeekMask) -> WeekMask {
        WeekMask(slots: zip(slots, other.slots).map { $0 || $1 })
    }

    public var isEmpty: Bool { !slots.contains(true) }

    /// Runs of available slots, as (day, start, end) in `timeZone`, for people to read.
    public func runs(in timeZone: TimeZoneID) -> [(day: Weekday, start: TimeOfDay, end: TimeOfDay)] {
        let shift = WeekMask.offsetSlots(timeZone)
        let local = (0..<WeekMask.slotCount).map { slots[WeekMask.wrap($0 - shift)] }
        var runs: [(day: Weekday, start: TimeOfDay, end: TimeOfDay)] = []
        let perDay = 24 * 60 / WeekMask.slotMinutes
        for dayIndex in 0..<7 {
            var slot = 0
            while slot < perDay {
                guard local[dayIndex * perDay + slot] else {
                    slot += 1
                    continue
                }
                let start = slot
                while slot < perDay && local[dayIndex * perDay + slot] { slot += 1 }
                if let day = Weekday(rawValue: dayIndex + 1) {
                    runs.append((day, TimeOfDay(minutes: start * WeekMask.slotMinutes), TimeOfDay(minutes: slot * WeekMask.slotMinutes)))
                }
            }
        }
        return runs
    }
}
