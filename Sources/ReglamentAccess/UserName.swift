/// A person's login: lower-case Latin letters, digits, '.', '_' or '-',
/// 1 to 64 characters, starting with a letter or digit. It is what logs
/// and lists name, so it is never a phone or an e-mail.
public struct UserName: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let text: String

    public init(parsing text: String) throws(AccessError) {
        guard let first = text.unicodeScalars.first, text.unicodeScalars.count <= 64,
              Self.isStart(first), text.unicodeScalars.allSatisfy(Self.isBody)
        else { throw .badUserName(text) }
        self.text = text
    }

    public var description: String { text }

    public static func < (lhs: UserName, rhs: UserName) -> Bool { lhs.text < rhs.text }

    private static func isStart(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar)
    }

    private static func isBody(_ scalar: Unicode.Scalar) -> Bool {
        isStart(scalar) || scalar == "." || scalar == "_" || scalar == "-"
    }
}
