import ReglamentDiagnostics

/// A kind of goods that changes how it is delivered or who consults on it
/// (oversize, fragile, hi-fi), not a catalogue entry.
public struct ProductClass: Decodable, Sendable, SchemaDocumented {
    public let location: SourceLocation
    public let id: Identifier
    public let name: Located<String>
    public let description: Located<String>?
    /// Contacts who consult on it, tried in order (a specialist pool).
    public let specialists: [Identifier]?
    /// Words the operator's text of an item is matched on ("рояль", "пианино"),
    /// compared by their Russian stems; the class name's words when absent.
    public let keywords: [Located<String>]?

    public static let summary = "A class of goods with its own delivery limits or specialists."
    public static let fieldSummaries = [
        "specialists": "Contacts who consult on this class, tried in order.",
        "keywords": "Words an item's name is matched on (compared by stems: 'рояль' matches 'рояли'); default: the words of the name.",
    ]
}
