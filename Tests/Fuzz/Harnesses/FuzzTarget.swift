/// The parts of reglament that read bytes from outside — regulation files,
/// compiled scripts, what operators type, what mail servers answer — each
/// fed arbitrary input by libFuzzer (`scripts/fuzz`) and, in the tests, its
/// seeds and every crash found so far (`Tests/Fuzz/Regressions/<target>/`).
///
/// Each harness crashes (through `FuzzExpectation`) when the code under
/// test breaks a promise, not only when it traps by itself.
public enum FuzzTarget: String, CaseIterable, Sendable {
    case regulation
    case compiledScript = "compiled-script"
    case fields
    case smtpReplies = "smtp-replies"

    public func run(_ input: [UInt8]) {
        switch self {
        case .regulation: RegulationHarness.run(input)
        case .compiledScript: CompiledScriptHarness.run(input)
        case .fields: FieldHarness.run(input)
        case .smtpReplies: SMTPReplyHarness.run(input)
        }
    }
}
