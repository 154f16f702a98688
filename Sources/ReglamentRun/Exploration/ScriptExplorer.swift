import Foundation
import ReglamentCompile

/// `reglament test --explore`: walks every script of a regulation through
/// the real engine — each step, each option, each escalation outcome, each
/// zone × product class × payment at the order — with generated valid
/// inputs, and proves every line a client hears free of unfilled slots and
/// internal ids, every step passable, every order outcome reachable, and
/// every order and message mailed to the owner.
///
/// A call is a value (`CallSession`): a branch is a copy, and `perform`
/// without a store touches nothing else, so no database is needed per path.
public struct ScriptExplorer: Sendable {
    /// How far the walk goes.
    public struct Limits: Sendable, Equatable {
        /// Times a path may show one step: a loop is walked round this often.
        public var visitsPerStep: Int
        /// Paths walked at the most, over all scripts and clocks; the report says when the cap stopped the walk.
        public var paths: Int

        public init(visitsPerStep: Int = 2, paths: Int = 200_000) {
            self.visitsPerStep = visitsPerStep
            self.paths = paths
        }
    }

    public let compiled: CompiledRegulation
    /// The owner's mail for an outcome, as the runner writes it (the mail module's composer).
    public let mailer: any OutcomeMailComposing
    public let limits: Limits

    public init(compiled: CompiledRegulation, mailer: any OutcomeMailComposing, limits: Limits = Limits()) {
        self.compiled = compiled
        self.mailer = mailer
        self.limits = limits
    }

    /// Walks every script at clocks found from `start` (see `ExplorationClocks`).
    public func explore(from start: Date = Date()) -> ExplorationReport {
        let began = Date()
        let clocks = ExplorationClocks.instants(for: compiled, from: start)
        var walk = ExplorationWalk(compiled: compiled, mailer: mailer, limits: limits, clocks: clocks)
        walk.run()
        return ExplorationReport(
            shop: compiled.shop.id, clocks: clocks, timeZone: TimeZone(identifier: compiled.shop.timezone) ?? .gmt, paths: walk.paths, linesRendered: walk.linesRendered,
            coverage: walk.coverage.coverage, failures: walk.failures, seconds: Date().timeIntervalSince(began), limits: limits)
    }
}
