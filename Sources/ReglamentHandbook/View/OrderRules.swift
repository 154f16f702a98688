/// What a full order captures, and the consent line read before it.
public struct OrderRules: Sendable, Equatable {
    public var consent: SpokenLine
    public var fields: [FieldRow]

    public struct FieldRow: Sendable, Equatable {
        public var label: String
        public var required: String
        public var personal: Bool
        public var prompt: SpokenLine
        public var rule: String
        public var choices: String
    }
}
