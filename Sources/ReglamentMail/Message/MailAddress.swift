/// A mailbox: an optional display name and an address. Built only from an
/// address that cannot break a header line, so nothing typed during a call
/// can add a header (`Bcc:`) or a recipient.
public struct MailAddress: Sendable, Equatable, CustomStringConvertible {
    public let name: String?
    public let address: String

    /// Nil when `address` is not a plain `local@domain` (no spaces, angle
    /// brackets, commas, quotes or control characters).
    public init?(_ address: String, name: String? = nil) {
        let address = address.trimmingCharacters(in: [" "])
        guard Self.isPlain(address) else { return nil }
        self.address = address
        let name = name.map(HeaderText.singleLine)
        self.name = name?.isEmpty == false ? name : nil
    }

    /// `"Name" <a@b>` or `=?UTF-8?B?...?= <a@b>` as words, which the header writer may fold between.
    var headerWords: [String] {
        guard let name else { return ["<\(address)>"] }
        return EncodedWord.phrase(name) + ["<\(address)>"]
    }

    public var description: String { name.map { "\($0) <\(address)>" } ?? address }

    var domain: String { String(address[address.index(after: address.lastIndex(of: "@")!)...]) }

    private static func isPlain(_ address: String) -> Bool {
        let parts = address.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty, address.utf8.count <= 254 else { return false }
        let forbidden: Set<Character> = [" ", "<", ">", "(", ")", ",", ";", ":", "\\", "\"", "[", "]"]
        return address.allSatisfy { character in
            character.isASCII && !forbidden.contains(character) && !(character.asciiValue.map { $0 < 0x21 || $0 == 0x7F } ?? true)
        }
    }
}
