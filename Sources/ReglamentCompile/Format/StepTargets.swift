import ReglamentModel

/// The ids of the steps the compiler makes for escalations and outcomes,
/// shared by every script that leads to them. Only ever built, never
/// parsed: a step's kind is read from the step.
public enum StepTargets {
    public static func escalation(_ rule: String) -> String { "escalate/\(rule)" }
    public static func outcome(_ outcome: Outcome) -> String { "outcome/\(outcome.rawValue)" }
}
