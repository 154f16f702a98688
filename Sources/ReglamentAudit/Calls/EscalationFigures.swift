import ReglamentRun

/// Escalations by rule and by hour of the week, and how often the contact
/// could not be reached so the fallback was taken.
public struct EscalationFigures: Sendable, Equatable, Codable {
    public struct Rule: Sendable, Equatable, Codable {
        public var rule: String
        public var total: Int
        public var available: Int
        /// The contact was outside their hours (for a transfer: its fallback was taken).
        public var unavailable: Int
    }

    public var byRule: [Rule] = []
    /// `[weekday][hour]`, Monday first, in the shop's time.
    public var byHourOfWeek: [[Int]] = Array(repeating: Array(repeating: 0, count: 24), count: 7)
    public var total = 0
    /// Transfers not tried because their contact was outside their hours:
    /// the rule's fallback was taken at once. (A message rule takes its
    /// message whether or not the contact is in: no fallback.)
    public var fallbacksForUnavailable = 0

    init(_ tallies: CallLogTallies, transferRules: Set<String>) {
        var rules: [String: Rule] = [:]
        for row in tallies.escalations {
            var rule = rules[row.rule] ?? Rule(rule: row.rule, total: 0, available: 0, unavailable: 0)
            rule.total += row.count
            if row.available { rule.available += row.count } else { rule.unavailable += row.count }
            rules[row.rule] = rule
            if (1...7).contains(row.weekday), (0..<24).contains(row.hour) { byHourOfWeek[row.weekday - 1][row.hour] += row.count }
            total += row.count
            if !row.available, transferRules.contains(row.rule) { fallbacksForUnavailable += row.count }
        }
        byRule = rules.values.sorted { ($1.total, $0.rule) < ($0.total, $1.rule) }
    }
}
