import ReglamentCompile
import ReglamentRun

/// How much of one script real calls walked: each step and each option
/// with the calls that reached it, and what no call ever used.
public struct ScriptCoverage: Sendable, Equatable, Codable {
    public struct StepUse: Sendable, Equatable, Codable {
        public var step: String
        /// 1-based, as the handbook numbers steps.
        public var number: Int
        public var kind: String
        /// Calls that reached the step at least once, and times it was shown in all.
        public var calls: Int
        public var shown: Int
    }

    public struct OptionUse: Sendable, Equatable, Codable {
        public var step: String
        /// 1-based, as the operator types it.
        public var option: Int
        public var label: String
        public var target: String
        public var calls: Int
        public var chosen: Int
    }

    public var script: String
    public var title: String
    public var size: ScriptSize
    /// Calls taken on this script in the period.
    public var calls: Int
    public var steps: [StepUse]
    public var options: [OptionUse]
    public var neverUsedSteps: [String]
    /// `step #n`, for options no call chose.
    public var neverUsedOptions: [String]
    /// Share of steps and of options used at least once, 0…1.
    public var stepCoverage: Double
    public var optionCoverage: Double

    init(_ script: CompiledScript, tallies: CallLogTallies) {
        self.script = script.id
        title = script.title ?? script.id
        size = ScriptSize(script)
        let stepCounts = Dictionary(
            tallies.steps.filter { $0.script == script.id }.map { ($0.step, $0) }, uniquingKeysWith: { first, _ in first })
        let optionCounts = Dictionary(
            tallies.options.filter { $0.script == script.id }.map { ("\($0.step)#\($0.option)", $0) }, uniquingKeysWith: { first, _ in first })
        steps = script.steps.enumerated().map { index, step in
            StepUse(
                step: step.id, number: index + 1, kind: step.kind.rawValue,
                calls: stepCounts[step.id]?.calls ?? 0, shown: stepCounts[step.id]?.shown ?? 0)
        }
        options = script.steps.flatMap { step in
            step.options.enumerated().map { index, option in
                let counted = optionCounts["\(step.id)#\(index)"]
                return OptionUse(
                    step: step.id, option: index + 1, label: option.label, target: option.target,
                    calls: counted?.calls ?? 0, chosen: counted?.chosen ?? 0)
            }
        }
        // Every call shows its script's start step first.
        calls = stepCounts[script.start]?.calls ?? 0
        neverUsedSteps = steps.filter { $0.calls == 0 }.map(\.step)
        neverUsedOptions = options.filter { $0.calls == 0 }.map { "\($0.step) #\($0.option)" }
        stepCoverage = steps.isEmpty ? 0 : Double(steps.count - neverUsedSteps.count) / Double(steps.count)
        optionCoverage = options.isEmpty ? 1 : Double(options.count - neverUsedOptions.count) / Double(options.count)
    }
}
