import ReglamentDiagnostics

/// A YAML value with the place it was written. The loader builds these from
/// libyaml's events; aliases are already expanded and merge keys (`<<`)
/// already applied, so consumers see plain scalars, sequences and mappings.
public struct YAMLNode: Sendable {
    public enum Content: Sendable {
        case scalar(YAMLScalar)
        case sequence([YAMLNode])
        /// Pairs in document order. Keys are always scalars: the loader
        /// refuses complex keys, aliases as keys and duplicate keys.
        case mapping([YAMLPair])
    }

    public var content: Content
    // Declared before `location`: the byte fits in the padding after
    // `content` (Swift lays stored properties out in this order).
    private var coreTag: CoreTag?
    /// Where the value starts (for a block mapping, its first key).
    public var location: SourceLocation

    /// `tag` must be one of YAML's core tags (the loader refuses others
    /// before building a node).
    public init(_ content: Content, location: SourceLocation, tag: String? = nil) {
        self.content = content
        self.coreTag = tag.map(YAMLNode.coreTag(named:))
        self.location = location
    }

    /// The resolved tag when one was written explicitly (`tag:yaml.org,2002:str`
    /// for `!!str`), else nil.
    public var tag: String? {
        get { coreTag?.name }
        set { coreTag = newValue.map(YAMLNode.coreTag(named:)) }
    }

    private static func coreTag(named name: String) -> CoreTag {
        guard let tag = CoreTag(name: name) else {
            preconditionFailure("'\(name)' is not a core tag; the loader refuses it before building a node")
        }
        return tag
    }
}

public struct YAMLScalar: Sendable, Hashable {
    public enum Style: Sendable, Hashable {
        case plain, singleQuoted, doubleQuoted, literal, folded
    }

    public var value: String
    public var style: Style

    public init(_ value: String, style: Style = .plain) {
        self.value = value
        self.style = style
    }

    /// A plain scalar that YAML's core schema reads as null (`~`, `null`, empty).
    public var isNull: Bool {
        style == .plain && (value.isEmpty || value == "~" || value == "null" || value == "Null" || value == "NULL")
    }
}

public struct YAMLPair: Sendable {
    public var key: YAMLNode
    public var value: YAMLNode

    public init(key: YAMLNode, value: YAMLNode) {
        self.key = key
        self.value = value
    }

    /// The key's text (keys are always scalars).
    public var keyText: String {
        if case .scalar(let scalar) = key.content { return scalar.value }
        return ""
    }
}

extension YAMLNode {
    /// What kind of YAML value this is, in the words a diagnostic uses.
    public var kindName: String {
        switch content {
        case .scalar(let scalar): scalar.isNull ? "null" : "scalar"
        case .sequence: "list"
        case .mapping: "mapping"
        }
    }
}
