import CYAML

/// libyaml's event parser over bytes held in memory, one Swift event at a
/// time:
///
///     var reader = YAMLEventReader(bytes)
///     while let event = try reader.next() { ... }
///
/// Each event becomes Swift values (a `String` per scalar); the loader,
/// whose hot path this is, reads libyaml's events in place instead.
///
/// Noncopyable because it owns libyaml's parser, which must stay at one
/// address (it points at itself) and be freed exactly once.
public struct YAMLEventReader: ~Copyable {
    /// libyaml could not parse the text: its problem and where, with the
    /// construct it was reading when it found it.
    public struct SyntaxError: Error, Sendable, Hashable {
        /// libyaml's words, e.g. "could not find expected ':'".
        public var problem: String
        public var line: Int
        public var column: Int
        /// e.g. "while scanning a simple key".
        public var context: String?
        public var contextLine: Int?
        public var contextColumn: Int?

        public init(
            problem: String, line: Int, column: Int,
            context: String? = nil, contextLine: Int? = nil, contextColumn: Int? = nil
        ) {
            self.problem = problem
            self.line = line
            self.column = column
            self.context = context
            self.contextLine = contextLine
            self.contextColumn = contextColumn
        }
    }

    private let parser: UnsafeMutablePointer<yaml_parser_t>
    /// libyaml reads its input lazily, so it needs a buffer that lives as
    /// long as the parser; a copy is one memcpy against a full parse.
    private let input: UnsafeBufferPointer<UInt8>
    private let ownsInput: Bool
    /// The event last parsed, owned until the next one is asked for.
    private let current: UnsafeMutablePointer<yaml_event_t>
    private var holdsEvent = false
    private let initialized: Bool
    private var finished = false

    public init(_ bytes: [UInt8]) {
        let copy = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(bytes.count, 1))
        _ = copy.initialize(from: bytes)
        self.init(UnsafeBufferPointer(rebasing: copy[..<bytes.count]), owned: true)
    }

    /// Reads `bytes` in place; they must outlive the reader.
    init(borrowing bytes: UnsafeBufferPointer<UInt8>) {
        if bytes.baseAddress == nil {
            // An empty array may have no storage, and libyaml needs an address.
            self.init([])
        } else {
            self.init(bytes, owned: false)
        }
    }

    private init(_ bytes: UnsafeBufferPointer<UInt8>, owned: Bool) {
        input = bytes
        ownsInput = owned
        parser = .allocate(capacity: 1)
        current = .allocate(capacity: 1)
        current.initialize(to: yaml_event_t())
        initialized = yaml_parser_initialize(parser) == 1
        if initialized {
            yaml_parser_set_input_string(parser, input.baseAddress, input.count)
        }
    }

    deinit {
        if holdsEvent { yaml_event_delete(current) }
        if initialized { yaml_parser_delete(parser) }
        current.deallocate()
        parser.deallocate()
        if ownsInput { input.deallocate() }
    }

    /// The next event, or nil after the stream's end. After a syntax error
    /// the reader is finished.
    public mutating func next() throws(SyntaxError) -> YAMLEvent? {
        try nextLibyamlEvent().map(Self.event)
    }

    /// The next event as libyaml gives it, valid until the next call: the
    /// loader reads scalars' bytes in place instead of as `String`s.
    mutating func nextLibyamlEvent() throws(SyntaxError) -> UnsafePointer<yaml_event_t>? {
        if holdsEvent {
            yaml_event_delete(current)
            holdsEvent = false
        }
        guard !finished else { return nil }
        guard initialized else {
            finished = true
            throw SyntaxError(problem: "libyaml could not allocate its parser", line: 1, column: 1)
        }
        guard yaml_parser_parse(parser, current) == 1 else {
            finished = true
            throw currentError()
        }
        holdsEvent = true
        if current.pointee.type == YAML_STREAM_END_EVENT { finished = true }
        return UnsafePointer(current)
    }

    private static func event(_ pointer: UnsafePointer<yaml_event_t>) -> YAMLEvent {
        let event = pointer.pointee
        let kind: YAMLEvent.Kind
        switch event.type {
        case YAML_SCALAR_EVENT:
            let scalar = event.data.scalar
            kind = .scalar(YAMLScalarEvent(
                value: String(decoding: UnsafeBufferPointer(start: scalar.value, count: scalar.length), as: UTF8.self),
                anchor: string(scalar.anchor),
                tag: string(scalar.tag),
                style: scalarStyle(scalar.style)
            ))
        case YAML_MAPPING_START_EVENT:
            let start = event.data.mapping_start
            kind = .mappingStart(collectionStart(start.anchor, start.tag, flow: start.style == YAML_FLOW_MAPPING_STYLE))
        case YAML_MAPPING_END_EVENT:
            kind = .mappingEnd
        case YAML_SEQUENCE_START_EVENT:
            let start = event.data.sequence_start
            kind = .sequenceStart(collectionStart(start.anchor, start.tag, flow: start.style == YAML_FLOW_SEQUENCE_STYLE))
        case YAML_SEQUENCE_END_EVENT:
            kind = .sequenceEnd
        case YAML_ALIAS_EVENT:
            kind = .alias(anchor: string(event.data.alias.anchor) ?? "")
        case YAML_DOCUMENT_START_EVENT:
            kind = .documentStart(explicit: event.data.document_start.implicit == 0)
        case YAML_DOCUMENT_END_EVENT:
            kind = .documentEnd(explicit: event.data.document_end.implicit == 0)
        case YAML_STREAM_START_EVENT:
            kind = .streamStart
        default:
            // YAML_STREAM_END_EVENT; libyaml's parser produces no other type.
            kind = .streamEnd
        }
        return YAMLEvent(kind, line: Int(event.start_mark.line) + 1, column: Int(event.start_mark.column) + 1)
    }

    private func currentError() -> SyntaxError {
        let state = parser.pointee
        let problem = Self.string(state.problem) ?? "libyaml ran out of memory"
        if state.error == YAML_READER_ERROR {
            // The reader knows only a byte offset, not a mark.
            let place = SourcePosition.lineAndColumn(
                ofByte: Int(state.problem_offset), in: input)
            return SyntaxError(problem: problem, line: place.line, column: place.column)
        }
        let hasContext = state.context != nil
        return SyntaxError(
            problem: problem,
            line: Int(state.problem_mark.line) + 1,
            column: Int(state.problem_mark.column) + 1,
            context: Self.string(state.context),
            contextLine: hasContext ? Int(state.context_mark.line) + 1 : nil,
            contextColumn: hasContext ? Int(state.context_mark.column) + 1 : nil
        )
    }

    private static func collectionStart(
        _ anchor: UnsafeMutablePointer<yaml_char_t>?, _ tag: UnsafeMutablePointer<yaml_char_t>?, flow: Bool
    ) -> YAMLCollectionStart {
        YAMLCollectionStart(anchor: string(anchor), tag: string(tag), style: flow ? .flow : .block)
    }

    static func string(_ text: UnsafePointer<CChar>?) -> String? {
        text.map { String(cString: $0) }
    }

    /// Anchors and tags are NUL-terminated, with no length beside them.
    static func string(_ text: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        text.map { String(cString: $0) }
    }

    static func scalarStyle(_ style: yaml_scalar_style_t) -> YAMLScalar.Style {
        switch style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: .literal
        case YAML_FOLDED_SCALAR_STYLE: .folded
        default: .plain
        }
    }
}

/// The parser and its input belong to exactly one reader, and a noncopyable
/// reader has one owner at a time, so handing it to another task is safe.
extension YAMLEventReader: @unchecked Sendable {}
