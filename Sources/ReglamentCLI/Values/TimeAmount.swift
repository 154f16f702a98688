import ReglamentMail

/// How long an option says: `90s`, `30m`, `48h`, `2d`, or bare seconds
/// (`--wait 90`); never negative.
struct TimeAmount: Sendable, Equatable {
    var duration: Duration

    static let zero = TimeAmount(duration: .zero)
    static func hours(_ hours: Int) -> TimeAmount { TimeAmount(duration: .seconds(hours * 3600)) }

    /// Any amount, none included (`--wait 0`: deliver once, do not wait).
    static func orNone(_ text: String) throws -> TimeAmount {
        try parse(text, noneAllowed: true)
    }

    /// An amount above zero (`--give-up-after`: a mail is not given up before it is tried).
    static func some(_ text: String) throws -> TimeAmount {
        try parse(text, noneAllowed: false)
    }

    private static func parse(_ text: String, noneAllowed: Bool) throws -> TimeAmount {
        let duration = Int(text).map { Duration.seconds($0) } ?? RetryPolicy.duration(text)
        guard let duration, duration > .zero || (noneAllowed && duration == .zero) else {
            throw ArgumentProblem(noneAllowed
                ? "not a time such as 0, 90 (seconds), 90s, 30m or 2h"
                : "not a time above zero such as 90s, 30m, 48h or 2d")
        }
        return TimeAmount(duration: duration)
    }
}
