/// One answer with the questions that lead to it, and its per-zone (and per-class) wording.
public struct FAQEntry: Sendable, Equatable {
    public var anchor: String
    public var questions: [String]
    public var answer: SpokenLine
    public var byZone: [ZoneAnswerView]
    public var hasZoneAnswers: Bool

    public struct ZoneAnswerView: Sendable, Equatable {
        public var zone: String
        public var answer: SpokenLine
        public var byClass: [ClassAnswerView]
    }

    public struct ClassAnswerView: Sendable, Equatable {
        public var productClass: String
        public var answer: SpokenLine
    }
}
