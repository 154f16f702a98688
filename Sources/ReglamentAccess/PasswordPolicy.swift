/// OWASP ASVS 5.0 level 2 (V6.2): at least 8 characters, at most 128, any
/// characters, no rules of composition. Characters are counted as people
/// count them (a Cyrillic letter is one, not two bytes).
public enum PasswordPolicy {
    public static let shortest = 8
    public static let longest = 128

    public static func check(_ password: String) throws(AccessError) {
        let count = password.count
        guard count >= shortest else { throw .passwordTooShort(shortest) }
        guard count <= longest else { throw .passwordTooLong(longest) }
    }
}
