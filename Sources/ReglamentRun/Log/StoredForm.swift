import Foundation

/// How every store writes a call's values, so that a log reads the same
/// whichever store holds it (and moves between them unchanged): JSON with
/// sorted keys, event kinds by their case's name, references numbered per
/// shop and UTC day.
package enum StoredForm {
    package static func encode(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    /// The event's case name, kept in its own column for the audit's queries.
    package static func name(of kind: CallEvent.Kind) -> String {
        String(describing: kind).prefix { $0 != "(" }.description
    }

    /// `20261122` for the UTC day of `date`: the reference counter's key.
    package static func day(of date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .gmt
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d%02d%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
    }

    /// `UY-1122-007`: the prefix, the day's last four digits, the day's counter (three digits at least).
    package static func reference(prefix: String, day: String, number: Int) -> String {
        "\(prefix)-\(day.dropFirst(4))-\(number < 100 ? String(format: "%03d", number) : String(number))"
    }
}
