public struct CompiledFAQ: Codable, Sendable, Equatable {
    public var id: String
    public var topic: String
    /// The topic's name as operators read it (`FAQTopicTitle`).
    public var topicTitle: String
    public var questions: [String]
    /// Shop facts written in; a `{{zone.*}}` slot is filled from the
    /// client's zone's precomputed `terms` (see `CompiledZone.variables`).
    public var answer: Line
    public var dependsOnZone: Bool
}
