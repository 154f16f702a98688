/// One FAQ topic with its titled answers.
public struct FAQTopic: Sendable, Equatable {
    public var anchor: String
    public var title: String
    public var entries: [FAQEntry]
}
