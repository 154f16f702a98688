import ReglamentModel

/// One order field as the runner captures it: what to ask, how to check
/// the answer, and how to store it.
public struct CompiledField: Codable, Sendable, Equatable {
    public var id: String
    public var type: FieldType
    public var label: String
    public var prompt: Line
    public var required: Bool
    /// Personal data: the consent line must come before it, and it never reaches logs.
    public var personal: Bool
    /// The rule in words, shown to the operator when an input is refused.
    public var rule: String
    public var normalization: String
    /// The allowed values for choice-like fields (`payment`, `contact_channel`,
    /// `choice`); `delivery` choices depend on the zone and are in `zones`.
    public var choices: [Choice]

    public struct Choice: Codable, Sendable, Equatable {
        public var id: String
        public var label: String

        public init(id: String, label: String) {
            self.id = id
            self.label = label
        }
    }
}

/// The ways a client may ask to be contacted, as a `contact_channel` field offers them.
public enum ContactChannels {
    /// The one channel that means a phone call.
    public static let call = "call"
    public static let all: [CompiledField.Choice] = [
        .init(id: call, label: "Звонок"), .init(id: "sms", label: "SMS"), .init(id: "email", label: "E-mail"),
        .init(id: "messenger", label: "Мессенджер"),
    ]

    /// Whether the client asked for a channel that is not a call: they are not to be called back by phone.
    public static func forbidsCalls(_ channel: String?) -> Bool {
        guard let channel, channel != call else { return false }
        return all.contains { $0.id == channel }
    }
}

extension CompiledRegulation {
    /// The value stored in `fields` for the first field of `type` that has one
    /// (a skipped optional field, stored empty, counts as none): the client's
    /// name, phone, channel, as the call, the order and the mails read them.
    public func value(ofType type: FieldType, in fields: [String: String]) -> String? {
        self.fields.lazy.filter { $0.type == type }.compactMap { fields[$0.id] }.first { !$0.isEmpty }
    }
}
