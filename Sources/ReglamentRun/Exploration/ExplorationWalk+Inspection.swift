import ReglamentCompile

extension ExplorationWalk {
    /// Inspects everything the node's step shows or has said (a): its line,
    /// the field's prompt or the message form's question, the whisper, the
    /// options, the FAQ answers offered there, and a promise just made.
    mutating func inspect(_ node: Node, in script: CompiledScript, added: Int) {
        let session = node.session
        let step = session.step
        let view = session.view
        let at = session.current
        // At the message form the line is the promise, inspected below as it is made.
        if step.kind != .outcome, let line = view.line {
            inspect(line, template: step.line?.text, where: "line", at: node, step: at, in: script,
                    unknown: step.line.map { session.unknownSlots(of: $0) } ?? [])
        }
        if let prompt = view.prompt {
            let field = compiled.fields.first { $0.id == step.field }
            inspect(prompt, template: step.kind == .capture ? field?.prompt.text : nil, where: "prompt", at: node, step: at, in: script,
                    unknown: step.kind == .capture && session.pendingClassification == nil ? field.map { session.unknownSlots(of: $0.prompt) } ?? [] : [])
        }
        // A whisper is the operator's to the contact: a stand-in there («[вопрос клиента — своими словами]») is
        // the operator's cue, so only raw slots and ids are looked for.
        if let whisper = view.whisper {
            inspect(whisper, template: session.escalation?.rule.whisper?.text, where: "whisper", at: node, step: at, in: script)
        }
        for label in view.options { inspect(label, template: label, where: "option", at: node, step: at, in: script) }
        for entry in compiled.faq where step.faq.contains(entry.id) {
            // Without the client's zone the runner shows a zone's answer as "ask the index first", not to be read out.
            guard !(entry.dependsOnZone && session.zone == nil) else { continue }
            inspect(session.fill(entry.answer), template: entry.answer.text, where: "FAQ \(entry.id)", at: node, step: at,
                    in: script, faq: entry, unknown: session.unknownSlots(of: entry.answer))
        }
        for event in session.events[added...] {
            if let promise = event.promisedText, !promise.isEmpty {
                let rule = session.escalation?.rule
                inspect(promise, template: rule?.promise?.text, where: "promise", at: node, step: at, in: script,
                        unknown: rule?.promise.map { session.unknownSlots(of: $0) } ?? [])
            }
        }
    }

    /// Inspects one text; `template` nil for the runner's own words (a refusal).
    mutating func inspect(
        _ text: String, template: String?, where place: String, at node: Node, step: String, in script: CompiledScript,
        faq: CompiledFAQ? = nil, refused: String? = nil, unknown: [String] = []
    ) {
        linesRendered += 1
        let memo = (template ?? "\u{0}") + "\u{1}" + text
        var problems: [LineInspector.Problem]
        if let known = inspectedLines[memo] {
            problems = known
        } else {
            problems = inspector.problems(in: text, template: template)
            inspectedLines[memo] = problems
        }
        problems += unknown.map { .notYetKnown(slot: $0, standIn: node.session.standIn(for: $0)) }
        for problem in problems where !failureKeys.contains(failureKey(.unsafeLine, script, "\(step)|\(place)|\(problem.token)")) {
            let excerpt = text.count > 200 ? String(text.prefix(200)) + "…" : text
            var typed: [String] = []
            if let faq, let words = faqQuery(for: faq) { typed = ["? \(words)"] }
            fail(.unsafeLine, script: script, step: step, detail: "\(place): \(problem) — «\(excerpt)»",
                 identity: "\(step)|\(place)|\(problem.token)", at: node, typed: typed,
                 said: refused == nil ? [problem.token] : [], refused: refused.map { [$0] } ?? [])
        }
    }

    /// Words that find `entry` first in the FAQ search, so a scenario can have its answer said.
    private func faqQuery(for entry: CompiledFAQ) -> String? {
        (entry.questions + [entry.topic.replacingOccurrences(of: "_", with: " ")]).first { words in
            faqSearch.search(words, limit: 1).first?.id == entry.id
        }
    }
}
