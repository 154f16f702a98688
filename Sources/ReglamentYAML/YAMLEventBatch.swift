import CYAML

/// libyaml's events copied out of its own structs, so the parser can go on
/// while another thread reads them. Scalars' text, anchors and tags are
/// kept together in `bytes`.
struct YAMLEventBatch: Sendable {
    enum End: Sendable {
        case streamEnd
        case failed(YAMLEventReader.SyntaxError)
    }

    var events: [PackedYAMLEvent] = []
    var bytes: [UInt8] = []
    /// Set on the last batch of a stream.
    var end: End?

    init(capacity: Int) {
        events.reserveCapacity(capacity)
        bytes.reserveCapacity(capacity * 16)
    }

    mutating func append(_ event: UnsafePointer<yaml_event_t>) {
        let data = event.pointee.data
        var packed = PackedYAMLEvent(
            kind: .other, line: UInt32(clamping: event.pointee.start_mark.line + 1),
            column: UInt32(clamping: event.pointee.start_mark.column + 1))
        switch event.pointee.type {
        case YAML_SCALAR_EVENT:
            packed.kind = .scalar
            packed.style = YAMLEventReader.scalarStyle(data.scalar.style)
            packed.value = add(UnsafeBufferPointer(start: data.scalar.value, count: data.scalar.length))
            packed.anchor = add(data.scalar.anchor)
            packed.tag = add(data.scalar.tag)
        case YAML_SEQUENCE_START_EVENT:
            packed.kind = .sequenceStart
            packed.anchor = add(data.sequence_start.anchor)
            packed.tag = add(data.sequence_start.tag)
        case YAML_MAPPING_START_EVENT:
            packed.kind = .mappingStart
            packed.anchor = add(data.mapping_start.anchor)
            packed.tag = add(data.mapping_start.tag)
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            packed.kind = .collectionEnd
        case YAML_ALIAS_EVENT:
            packed.kind = .alias
            packed.anchor = add(data.alias.anchor)
        case YAML_DOCUMENT_START_EVENT:
            packed.kind = .documentStart
        default:
            break  // stream start and end, document end: nothing to build
        }
        events.append(packed)
    }

    /// A NUL-terminated anchor or tag.
    private mutating func add(_ text: UnsafeMutablePointer<yaml_char_t>?) -> PackedYAMLEvent.Span? {
        guard let text else { return nil }
        return add(UnsafeBufferPointer(start: text, count: strlen(text)))
    }

    private mutating func add(_ text: UnsafeBufferPointer<UInt8>) -> PackedYAMLEvent.Span {
        let span = PackedYAMLEvent.Span(start: UInt32(bytes.count), count: UInt32(text.count))
        bytes.append(contentsOf: text)
        return span
    }
}

/// One event of a batch; its text is in the batch's `bytes`.
struct PackedYAMLEvent: BitwiseCopyable {
    enum Kind: UInt8 {
        case scalar, sequenceStart, mappingStart, collectionEnd, alias, documentStart, other
    }

    struct Span: BitwiseCopyable {
        var start: UInt32
        var count: UInt32
    }

    var kind: Kind
    var style: YAMLScalar.Style = .plain
    /// 1-based, as diagnostics show them.
    var line: UInt32
    var column: UInt32
    /// A scalar's text.
    var value = Span(start: 0, count: 0)
    /// A node's anchor, or the anchor an alias names.
    var anchor: Span?
    var tag: Span?
}

extension YAMLEventReader {
    /// Up to `maxEvents` events; the batch that holds the stream's end or a
    /// syntax error says so and is the last.
    mutating func nextBatch(maxEvents: Int) -> YAMLEventBatch {
        var batch = YAMLEventBatch(capacity: maxEvents)
        while batch.events.count < maxEvents {
            let event: UnsafePointer<yaml_event_t>?
            do {
                event = try nextLibyamlEvent()
            } catch {
                batch.end = .failed(error)
                return batch
            }
            guard let event else {
                batch.end = .streamEnd
                return batch
            }
            batch.append(event)
            if event.pointee.type == YAML_STREAM_END_EVENT {
                batch.end = .streamEnd
                return batch
            }
        }
        return batch
    }
}
