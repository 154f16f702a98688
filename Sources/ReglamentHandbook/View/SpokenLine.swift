/// A text to say or read, cut into plain text and slots the call fills in
/// ("‹имя клиента›"), so the HTML can mark the slots.
public struct SpokenLine: Sendable, Equatable {
    public var segments: [Segment]
    /// The whole line with slots as "‹…›".
    public var plain: String

    public struct Segment: Sendable, Equatable {
        public var text: String
        public var slot: Bool
    }
}
