import ReglamentModel

extension RuleExample {
    /// A regulation whose only script is an inbound one with these nodes
    /// (a YAML list written from column 0), starting at `start`, after the
    /// sections in `sections`: what most graph rules' examples differ in,
    /// without the preamble repeated in each.
    public static func script(_ nodes: String, start: String = "greeting", after sections: String = "") -> RuleExample {
        let indented = nodes.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.isEmpty ? "" : "      " + $0 }
            .joined(separator: "\n")
        let preamble = """
            scripts:
              - id: inbound
                direction: inbound
                start: \(start)
                nodes:

            """
        let before = sections.isEmpty || sections.hasSuffix("\n") ? sections : sections + "\n"
        return RuleExample(before + preamble + indented)
    }
}
