/// One event of libyaml's parser, in Swift terms, with the place it starts.
///
/// Anchors and tags are kept as libyaml reports them: tags already resolved
/// through their handles (`!!str` arrives as `tag:yaml.org,2002:str`), aliases
/// not yet expanded. Building values from events is the loader's job.
public struct YAMLEvent: Sendable {
    public enum Kind: Sendable {
        case streamStart
        case streamEnd
        /// `explicit` when the document starts with `---`.
        case documentStart(explicit: Bool)
        /// `explicit` when the document ends with `...`.
        case documentEnd(explicit: Bool)
        case sequenceStart(YAMLCollectionStart)
        case sequenceEnd
        case mappingStart(YAMLCollectionStart)
        case mappingEnd
        case scalar(YAMLScalarEvent)
        case alias(anchor: String)
    }

    public var kind: Kind
    /// 1-based line of the event's first character.
    public var line: Int
    /// 1-based column, counted in Unicode scalars.
    public var column: Int

    public init(_ kind: Kind, line: Int, column: Int) {
        self.kind = kind
        self.line = line
        self.column = column
    }
}

/// What opens a sequence or a mapping.
public struct YAMLCollectionStart: Sendable, Hashable {
    public enum Style: Sendable, Hashable {
        /// Indentation: `- item`, `key: value`.
        case block
        /// Brackets: `[a, b]`, `{a: 1}`.
        case flow
    }

    public var anchor: String?
    public var tag: String?
    public var style: Style

    public init(anchor: String? = nil, tag: String? = nil, style: Style) {
        self.anchor = anchor
        self.tag = tag
        self.style = style
    }
}

/// A scalar as written: its text after YAML's quoting and folding rules.
public struct YAMLScalarEvent: Sendable, Hashable {
    public var value: String
    public var anchor: String?
    public var tag: String?
    public var style: YAMLScalar.Style

    public init(value: String, anchor: String? = nil, tag: String? = nil, style: YAMLScalar.Style) {
        self.value = value
        self.anchor = anchor
        self.tag = tag
        self.style = style
    }
}
