import ReglamentRun

/// Whether operators followed the regulation: consent before personal
/// data, orders left alone after they were taken, calls brought to an
/// outcome, and how long they spend on a step.
public struct ComplianceFigures: Sendable, Equatable, Codable {
    public struct StepTime: Sendable, Equatable, Codable {
        public var operatorName: String
        /// Steps timed: from a step shown to the next one (or the end).
        public var steps: Int
        public var medianSeconds: Double
        public var p90Seconds: Double
    }

    public var consentSkipped: [CallLogTallies.CallReference]
    public var changedAtConfirmation: [CallLogTallies.CallReference]
    public var abandoned: [CallLogTallies.CallReference]
    public var stepTimes: [StepTime]

    init(_ tallies: CallLogTallies) {
        consentSkipped = tallies.consentSkipped
        changedAtConfirmation = tallies.changedAtConfirmation
        abandoned = tallies.abandoned
        stepTimes = Dictionary(grouping: tallies.stepTimes, by: \.operatorName).sorted { $0.key < $1.key }.map { name, rows in
            let histogram = rows.map { (tenths: $0.tenths, count: $0.count) }
            return StepTime(
                operatorName: name, steps: rows.reduce(0) { $0 + $1.count },
                medianSeconds: Self.percentile(0.5, of: histogram), p90Seconds: Self.percentile(0.9, of: histogram))
        }
    }

    /// Nearest rank over the histogram of tenths of a second: the smallest
    /// time with at least `fraction` of the steps at or below it.
    static func percentile(_ fraction: Double, of histogram: [(tenths: Int, count: Int)]) -> Double {
        let total = histogram.reduce(0) { $0 + $1.count }
        guard total > 0 else { return 0 }
        let rank = max(1, Int((fraction * Double(total)).rounded(.up)))
        var seen = 0
        for bucket in histogram.sorted(by: { $0.tenths < $1.tenths }) {
            seen += bucket.count
            if seen >= rank { return Double(bucket.tenths) / 10 }
        }
        return Double(histogram.map(\.tenths).max() ?? 0) / 10
    }
}
