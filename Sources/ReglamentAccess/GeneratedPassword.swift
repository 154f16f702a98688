/// A password made up for a person: 20 characters from letters and digits
/// that cannot be mistaken for each other when read aloud or copied
/// (no 0/O, 1/l/I), about 115 bits.
public enum GeneratedPassword {
    public static let alphabet = Array("abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789")

    public static func make() -> String {
        var generator = SystemRandomNumberGenerator()
        return String((0..<20).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &generator)] })
    }
}
