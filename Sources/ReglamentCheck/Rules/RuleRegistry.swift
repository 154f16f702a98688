import ReglamentDiagnostics
import ReglamentModel
import ReglamentYAML

/// Every rule reglament knows, in code order. A new rule is one file and
/// one line here; `RuleExamplesTests` then runs its examples.
public enum RuleRegistry {
    public static let shapeRules: [any Rule.Type] = [
        UnknownKeyRule.self,
        WrongTypeRule.self,
        MissingFieldRule.self,
        BadFormatRule.self,
        BadValueRule.self,
        ConflictingSectionsRule.self,
        BadIncludeRule.self,
        UnsupportedVersionRule.self,
        UnacceptableCodeRule.self,
        UnusedAcceptanceRule.self,
    ]

    public static let checks: [any Check.Type] = [
        DuplicateIDCheck.self,
        UnknownReferenceCheck.self,
        MissingTemplateCheck.self,
        EscalationParameterCheck.self,
        UnreachableNodeCheck.self,
        DeadEndCheck.self,
        LoopWithoutExitCheck.self,
        OptionTargetCheck.self,
        IncompleteOrderCheck.self,
        ConsentOrderCheck.self,
        TransferFallbackCheck.self,
        NotifyAsDestinationCheck.self,
        OverlappingPostalRangesCheck.self,
        ZoneWithoutOptionsCheck.self,
        UndeliverableClassCheck.self,
        TransferContactHoursCheck.self,
        MessageContactEmailCheck.self,
        AroundTheClockCheck.self,
        StandardFAQTopicsCheck.self,
        UndefinedVariableCheck.self,
        ProductKeywordClashCheck.self,
        VariableNotYetKnownCheck.self,
        AuthorityLimitsCheck.self,
        ConfirmationScriptCheck.self,
        NameAfterPrepositionCheck.self,
        FreeDeliveryThresholdCheck.self,
    ]

    public static var all: [RuleDescription] {
        (shapeRules.map { $0.description } + checks.map { $0.description }).sorted { $0.code < $1.code }
    }

    /// Every code reglament reports, the loader's first, as reporters and
    /// `reglament explain` describe them.
    public static var catalog: [RuleInfo] {
        YAMLLoadError.Code.allCases.map { RuleInfo(code: $0.rawValue, name: $0.name, summary: $0.summary, severity: .error) }
            + all.map { RuleInfo(code: $0.code, name: $0.name, summary: $0.summary, severity: $0.severity) }
    }

    public static func description(of code: String) -> RuleDescription? {
        all.first { $0.code == code }
    }
}
