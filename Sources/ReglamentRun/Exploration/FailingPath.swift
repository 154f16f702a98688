import Foundation
import ReglamentModel

/// A walked call the owner can replay and keep: the clock, what the
/// operator typed (each with the step it was typed at), and how the call
/// then ended. Written as a scenario (`FailingPath+Scenario.swift`).
public struct FailingPath: Sendable, Equatable {
    public var script: String
    /// Whether `script` is the one a scenario runs when it names none (the first inbound script).
    public var isDefaultScript: Bool
    public var now: Date
    /// The shop's: the clock is written in it.
    public var timeZone: TimeZone
    public var moves: [Move]
    /// How the call ended when walked on from the failure; nil when it could not end.
    public var outcome: Outcome?
    public var fields: [String: String]
    /// Texts the scenario expects said (the offending slot or id, so the replay shows it).
    public var said: [String]
    /// Refusals the scenario expects.
    public var refused: [String]
    /// What the file's comment says: what the explorer found, and what a scenario cannot carry.
    public var notes: [String]

    public struct Move: Sendable, Equatable {
        /// With the runner's keys: "" goes on, digits choose, `x` — not in the regulation.
        public var typed: String
        /// The step it was typed at.
        public var step: String
        /// The option it chose, in the owner's words, when it chose one.
        public var option: String? = nil
    }
}
