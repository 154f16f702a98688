public struct CompiledFAQ: Codable, Sendable, Equatable {
    public var id: String
    public var topic: String
    public var questions: [String]
    public var answer: Line
    /// When the answer depends on the client's zone: the answer for each
    /// zone, and where some goods travel differently, for each product class.
    public var byZone: [ZoneAnswer]
}

public struct ZoneAnswer: Codable, Sendable, Equatable {
    public var zone: String
    public var answer: Line
    public var byClass: [ClassAnswer]
}

public struct ClassAnswer: Codable, Sendable, Equatable {
    public var productClass: String
    public var answer: Line
}
