/// An e-mail address the owner receives forwarded messages and orders at.
public struct EmailAddress: ScalarFormat, Hashable, CustomStringConvertible {
    public var address: String

    public static let formatName = "e-mail address"
    public static let jsonSchema: JSONValue = ["type": "string", "format": "email"]
    public static let schemaPlaceholder = EmailAddress(address: "owner@example.com")

    init(address: String) {
        self.address = address
    }

    public init(parsing text: String) throws(FormatProblem) {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        let forbidden: Set<Character> = [" ", "\t", "\r", "\n", ",", ";", "<", ">", "(", ")", "\"", "\\"]
        guard parts.count == 2, !parts[0].isEmpty, parts[0].count <= 64,
              parts[1].contains("."), !parts[1].hasPrefix("."), !parts[1].hasSuffix("."), !parts[1].contains(".."),
              !text.contains(where: forbidden.contains)
        else {
            throw FormatProblem("'\(text)' is not an e-mail address", hint: "write it as name@domain, e.g. 'owner@shop.ru'")
        }
        self.init(address: text)
    }

    public var description: String { address }
}
