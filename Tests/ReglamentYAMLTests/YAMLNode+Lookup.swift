import ReglamentYAML

/// Reading a loaded tree in tests without pattern matching at every step.
extension YAMLNode {
    /// The value of `key` in a mapping, for tests.
    subscript(key: String) -> YAMLNode? {
        guard case .mapping(let pairs) = content else { return nil }
        return pairs.first { $0.keyText == key }?.value
    }

    /// The items of a sequence, for tests.
    var items: [YAMLNode] {
        if case .sequence(let items) = content { return items }
        return []
    }

    /// A scalar's text, for tests.
    var text: String? {
        if case .scalar(let scalar) = content { return scalar.value }
        return nil
    }

    /// The keys of a mapping in order, for tests.
    var keys: [String] {
        if case .mapping(let pairs) = content { return pairs.map(\.keyText) }
        return []
    }

    var place: String { "\(location.line):\(location.column)" }
}
