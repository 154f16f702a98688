import ReglamentModel

/// Every text of a regulation that is said, shown or sent, visited in
/// place (a large regulation has a hundred thousand of them).
enum RegulationTexts {
    static func forEach(in regulation: Regulation, _ body: (Located<String>) -> Void) {
        body(regulation.order.consent)
        if let about = regulation.shop.about { body(about) }
        regulation.order.fields.forEach { if let prompt = $0.prompt { body(prompt) } }
        regulation.faq.forEach { body($0.answer) }
        for rule in regulation.escalations {
            if let whisper = rule.whisper { body(whisper) }
            if let promise = rule.promise { body(promise) }
        }
        for script in regulation.scripts {
            for node in script.nodes {
                if let say = node.say { body(say) }
                node.options?.forEach { body($0.label) }
            }
        }
    }
}
