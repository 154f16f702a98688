extension Diagnostic {
    /// A warning the regulation accepts on purpose, where it is made
    /// (`accept: {R403: "…"}`): shown as a note with the owner's reason,
    /// counted neither as a warning nor under `--strict`.
    public struct Acceptance: Hashable, Sendable {
        /// The owner's words, as written.
        public var reason: String
        /// Where the rule's code is written under `accept:`.
        public var location: SourceLocation

        public init(reason: String, location: SourceLocation) {
            self.reason = reason
            self.location = location
        }
    }

    /// The same finding, accepted: a note that keeps its code, place and
    /// message, and says where and why it was accepted.
    public func accepted(_ acceptance: Acceptance) -> Diagnostic {
        var note = self
        note.severity = .note
        note.accepted = acceptance
        note.related.append(RelatedLocation(message: "accepted here: \(acceptance.reason)", location: acceptance.location))
        return note
    }
}
