import Foundation

/// Which calls an audit reads, and what the log needs from the regulation
/// to answer the compliance questions.
public struct CallLogQuery: Sendable, Equatable {
    public var shop: String
    /// Calls started at or after `since` and before `until`; nil is open-ended.
    public var since: Date?
    public var until: Date?
    /// The shop's offset from UTC, in seconds: days and hours of the week
    /// are the shop's, not UTC's.
    public var utcOffsetSeconds: Int
    /// `script/step` of every consent step: the line that must come before personal fields.
    public var consentSteps: [String]
    /// Ids of the order fields that are personal data.
    public var personalFields: [String]
    /// Fields of `captured` events whose values are hidden in the notes of
    /// their call (`NoteRecord.personalValues`); read for nothing else.
    public var hiddenInNotes: [String]

    public init(shop: String, since: Date? = nil, until: Date? = nil, utcOffsetSeconds: Int = 0,
                consentSteps: [String] = [], personalFields: [String] = [], hiddenInNotes: [String] = []) {
        self.shop = shop
        self.since = since
        self.until = until
        self.utcOffsetSeconds = utcOffsetSeconds
        self.consentSteps = consentSteps
        self.personalFields = personalFields
        self.hiddenInNotes = hiddenInNotes
    }
}
