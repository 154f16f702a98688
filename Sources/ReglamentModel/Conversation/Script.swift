import ReglamentDiagnostics

/// A conversation script: nodes the operator walks from `start` to an outcome.
public struct Script: Decodable, Sendable, SchemaDocumented {
    public let location: SourceLocation
    public let id: Identifier
    public let title: Located<String>?
    public let direction: Located<CallDirection>
    public let start: Identifier
    public let nodes: [ScriptNode]

    public static let summary = "A conversation script, inbound or outbound."
    public static let fieldSummaries = [
        "direction": "inbound (the client calls) or outbound (a confirmation call).",
        "start": "The first node.",
    ]

    public func node(_ id: Identifier) -> ScriptNode? { nodes.first { $0.id == id } }
}

public enum CallDirection: String, SchemaEnum {
    case inbound, outbound
}

/// One step of a script. After saying its line and capturing its fields,
/// the call goes on by exactly one of: the options, `next`, `escalate`, or
/// an `outcome`.
public struct ScriptNode: Decodable, Sendable, SchemaDocumented {
    public let location: SourceLocation
    public let id: Identifier
    public let say: Located<String>?
    /// This node reads the order's personal-data consent line.
    public let consent: Bool?
    public let capture: [Identifier]?
    public let faq: [Identifier]?
    public let options: [ScriptOption]?
    public let next: Identifier?
    public let escalate: Identifier?
    public let outcome: Located<Outcome>?

    public static let summary = "A step of a script."
    public static let fieldSummaries = [
        "say": "The line the operator says; may use {{variables}}.",
        "consent": "true when this step reads the personal-data consent line.",
        "capture": "Order fields captured at this step, in order.",
        "faq": "FAQ topics the operator may look up here.",
        "options": "Branches the operator chooses between.",
        "next": "The step that follows when there are no options.",
        "escalate": "The escalation rule this step carries out.",
        "outcome": "The call ends here: order, message, transfer or closed.",
    ]

    public var isConsent: Bool { consent ?? false }
}

public struct ScriptOption: Decodable, Sendable, SchemaDocumented {
    public let location: SourceLocation
    public let label: Located<String>
    public let next: Identifier?
    public let escalate: Identifier?
    public let outcome: Located<Outcome>?

    public static let summary = "A branch: what the client said, and where it leads (next, escalate or outcome)."
}

/// How a call ends; every call ends in exactly one.
public enum Outcome: String, SchemaEnum {
    case order, message, transfer, closed
}
