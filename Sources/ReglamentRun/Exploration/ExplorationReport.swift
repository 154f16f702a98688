import Foundation

/// What `reglament test --explore` found: how far it walked, what it
/// covered, how long it took, and every failure with its first path.
public struct ExplorationReport: Sendable {
    public var shop: String
    /// The instants the calls were walked at (each escalation's contact available at one, not at another).
    public var clocks: [Date]
    /// The shop's: clocks are written in it.
    public var timeZone: TimeZone
    public var paths: PathCounts
    /// Texts inspected: lines, prompts, whispers, promises, FAQ answers, options and refusals, as each path showed them.
    public var linesRendered: Int
    public var coverage: ExplorationCoverage
    /// In the order found; the first is the one to fix first.
    public var failures: [ExplorationFailure]
    public var seconds: Double
    /// The limits walked under.
    public var limits: ScriptExplorer.Limits

    public var passed: Bool { failures.isEmpty }

    /// How the walked paths ended. A path either ends the call, stops at a
    /// call state another path already walked on from, stops at the visit
    /// limit of a step (a loop walked round enough), or sticks at a step
    /// with no way on.
    public struct PathCounts: Sendable, Equatable {
        public var ended = 0
        public var joined = 0
        public var cut = 0
        public var stuck = 0
        /// The path cap stopped the walk before every path was walked.
        public var capped = false
        public var walked: Int { ended + joined + cut + stuck }
    }
}

extension ExplorationReport {
    /// The report as the CLI prints it; the first failing path is printed after it as a scenario.
    public var text: String {
        var lines = ["Explored \(shop) at \(clocks.count) clock\(clocks.count == 1 ? "" : "s"): \(clocks.map { $0.formatted(Date.ISO8601FormatStyle(timeZoneSeparator: .colon, timeZone: timeZone)) }.joined(separator: ", "))"]
        let visits = "\(limits.visitsPerStep) visit\(limits.visitsPerStep == 1 ? "" : "s") of a step"
        lines.append("paths: \(paths.walked) walked — \(paths.ended) ended, \(paths.joined) joined a call already walked, "
            + "\(paths.cut) cut at \(visits), \(paths.stuck) stuck"
            + (paths.capped ? "; STOPPED at the cap of \(limits.paths) paths" : ""))
        lines.append("lines: \(linesRendered) rendered and inspected")
        lines.append("coverage: steps \(coverage.steps), options \(coverage.options), escalation outcomes \(coverage.escalationOutcomes), "
            + "zone × class at the order \(coverage.zoneClasses)")
        for (title, missed) in [("steps never shown", coverage.missedSteps), ("options never taken", coverage.missedOptions),
                                ("escalation outcomes never met", coverage.missedEscalationOutcomes),
                                ("zone × class never ordered", coverage.missedZoneClasses)] where !missed.isEmpty {
            lines.append("  \(title): " + missed.prefix(12).joined(separator: "; ") + (missed.count > 12 ? "; … \(missed.count - 12) more" : ""))
        }
        lines.append("time: \(String(format: "%.2f", seconds)) s")
        if failures.isEmpty {
            lines.append("✓ every path, every line: no failure")
        } else {
            lines.append("✗ \(failures.count) failure\(failures.count == 1 ? "" : "s"):")
            for failure in failures {
                lines.append("  (\(failure.kind.rawValue)) \(failure.script)/\(failure.step): \(failure.detail)")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
