import ReglamentYAML

/// Reading a loaded tree in tests without pattern matching at every step.
extension YAMLNode {
    /// The keys of a mapping in order, for tests.
    var keys: [String] { pairs.map(\.keyText) }

    var place: String { "\(location.line):\(location.column)" }
}
