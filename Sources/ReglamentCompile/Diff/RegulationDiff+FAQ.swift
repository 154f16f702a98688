extension RegulationDiff {
    /// FAQ entries: the answer as read out (zone terms stay `{{zone.*}}`
    /// slots; their values change with the zones) and the questions it answers.
    static func faq(_ old: CompiledRegulation, _ new: CompiledRegulation) -> [RegulationChange] {
        compare(.faq, old.faq, new.faq, id: \.id, properties: [
            ("answer", { $0.answer.text }), ("questions", { list($0.questions, separator: " | ") }),
            ("topic", { $0.topic }),
        ])
    }
}
