extension RegulationDiff {
    /// Steps of each script, matched by script and step id: the words said,
    /// where each choice leads, what is captured, looked up, escalated or ended.
    static func steps(_ old: CompiledRegulation, _ new: CompiledRegulation) -> [RegulationChange] {
        pairs(old.scripts, new.scripts, id: \.id).flatMap { script in
            compare(.step, script.old?.steps ?? [], script.new?.steps ?? [], id: \.id, prefix: "\(script.id)/", properties: stepProperties)
        }
    }

    private static var stepProperties: [Property<Step>] {
        [
            ("line", { $0.line?.text }),
            ("kind", { $0.kind.rawValue }),
            ("options", { list($0.options.map { "\($0.label) → \($0.target)" }, separator: "; ") }),
            ("next", { $0.next }),
            ("field", { $0.field }),
            ("faq", { list($0.faq) }),
            ("escalation", { $0.escalation?.rule }),
            ("answered", { $0.escalation?.answered }),
            ("fallback", { $0.escalation?.fallback }),
            ("outcome", { $0.outcome?.rawValue }),
            ("requires", { list($0.requires) }),
        ]
    }
}
