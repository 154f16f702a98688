import Foundation

/// An IANA time zone name such as `Europe/Moscow`, checked against the
/// system's time zone database.
public struct TimeZoneID: ScalarFormat, Hashable, CustomStringConvertible {
    public var identifier: String

    public static let formatName = "time zone"
    public static let jsonSchema: JSONValue = [
        "type": "string",
        "pattern": "^([A-Za-z_]+(/[A-Za-z0-9_+-]+)+|UTC)$",
        "examples": ["Europe/Moscow", "Asia/Novosibirsk", "Asia/Vladivostok"],
    ]
    public static let schemaPlaceholder = TimeZoneID(identifier: "UTC")

    init(identifier: String) {
        self.identifier = identifier
    }

    public init(parsing text: String) throws(FormatProblem) {
        // Abbreviations (`MSK`) are refused: their offsets are ambiguous.
        guard text == "UTC" || text.contains("/"), TimeZone(identifier: text) != nil else {
            let suggestion = Spelling.closest(to: text, among: TimeZone.knownTimeZoneIdentifiers)
            throw FormatProblem(
                "'\(text)' is not an IANA time zone",
                hint: suggestion.map { "did you mean '\($0)'?" } ?? "use a name like 'Europe/Moscow' or 'Asia/Novosibirsk'"
            )
        }
        self.init(identifier: text)
    }

    public var timeZone: TimeZone { TimeZone(identifier: identifier) ?? .gmt }

    public var description: String { identifier }
}
