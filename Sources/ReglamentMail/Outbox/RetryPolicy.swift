import Foundation

/// When to try an undelivered mail again, and when to stop: the wait
/// doubles from `firstDelay` up to `longestDelay`, and a mail still
/// undelivered `giveUpAfter` its creation is marked failed for the owner.
public struct RetryPolicy: Sendable, Equatable {
    public var firstDelay: Duration
    public var longestDelay: Duration
    public var giveUpAfter: Duration

    public init(firstDelay: Duration = .seconds(30), longestDelay: Duration = .seconds(1800), giveUpAfter: Duration = .seconds(48 * 3600)) {
        self.firstDelay = firstDelay
        self.longestDelay = longestDelay
        self.giveUpAfter = giveUpAfter
    }

    /// The wait after the `attempts`-th failed attempt (1-based).
    public func delay(afterAttempts attempts: Int) -> Duration {
        let doublings = min(max(attempts - 1, 0), 30)
        let seconds = min(Double(firstDelay.components.seconds) * pow(2, Double(doublings)), Double(longestDelay.components.seconds))
        return .seconds(seconds)
    }

    public func shouldGiveUp(createdAt: Date, now: Date) -> Bool {
        now.timeIntervalSince(createdAt) >= Double(giveUpAfter.components.seconds)
    }

    /// `90s`, `30m`, `48h`, `2d` → a duration.
    public static func duration(_ text: String) -> Duration? {
        guard let unit = text.last, let value = Int(text.dropLast()), value > 0 else { return nil }
        switch unit {
        case "s": return .seconds(value)
        case "m": return .seconds(value * 60)
        case "h": return .seconds(value * 3600)
        case "d": return .seconds(value * 86400)
        default: return nil
        }
    }
}

extension Date {
    static func + (date: Date, duration: Duration) -> Date {
        date.addingTimeInterval(Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18)
    }
}
