/// What a compiled script read from a file must hold before a runner walks
/// it: an edited or truncated `.script.json` would otherwise send the
/// operator to a step that is not there. Each problem names the JSON path.
extension CompiledRegulation {
    public func integrityProblems() -> [String] {
        var problems: [String] = []
        let fieldIDs = Set(fields.map(\.id)), ruleIDs = Set(escalations.map(\.id)), contactIDs = Set(contacts.map(\.id))
        let faqIDs = Set(faq.map(\.id))
        for (index, rule) in escalations.enumerated() {
            let path = "$.escalations[\(index)]"
            if let contact = rule.contact, !contactIDs.contains(contact) { problems.append("\(path).contact: no contact '\(contact)'") }
            if let fallback = rule.fallback, !ruleIDs.contains(fallback) { problems.append("\(path).fallback: no escalation rule '\(fallback)'") }
        }
        if scripts.isEmpty { problems.append("$.scripts: no script") }
        for (index, script) in scripts.enumerated() {
            let path = "$.scripts[\(index)]"
            let stepIDs = Set(script.steps.map(\.id))
            func require(_ target: String?, _ place: String) {
                if let target, !stepIDs.contains(target) { problems.append("\(place): no step '\(target)' in script '\(script.id)'") }
            }
            require(script.start, "\(path).start")
            require(script.anytime.notCovered, "\(path).anytime.not_covered")
            require(script.anytime.escalate, "\(path).anytime.escalate")
            for (number, step) in script.steps.enumerated() {
                let place = "\(path).steps[\(number)]"
                require(step.next, "\(place).next")
                for (option, way) in step.options.enumerated() { require(way.target, "\(place).options[\(option)].target") }
                if let field = step.field, !fieldIDs.contains(field) { problems.append("\(place).field: no order field '\(field)'") }
                for entry in step.faq where !faqIDs.contains(entry) { problems.append("\(place).faq: no FAQ entry '\(entry)'") }
                if let exits = step.escalation {
                    if !ruleIDs.contains(exits.rule) { problems.append("\(place).escalation.rule: no escalation rule '\(exits.rule)'") }
                    require(exits.answered, "\(place).escalation.answered")
                    require(exits.fallback, "\(place).escalation.fallback")
                }
                for field in step.requires where !fieldIDs.contains(field) { problems.append("\(place).requires: no order field '\(field)'") }
                switch step.kind {
                case .capture where step.field == nil: problems.append("\(place).field: a capture step names no field")
                case .escalation where step.escalation == nil: problems.append("\(place).escalation: an escalation step names no rule")
                case .outcome where step.outcome == nil: problems.append("\(place).outcome: an outcome step names no outcome")
                default: break
                }
            }
        }
        return problems
    }
}
