/// A whole number an option takes, from a least value: a count
/// (`--generate 500`, `--visits 2`) from 1, a seed from 0.
enum WholeNumber {
    static func atLeast(_ least: Int) -> @Sendable (String) throws -> Int {
        { text in
            guard let number = Int(text), number >= least else {
                throw ArgumentProblem("a whole number from \(least)")
            }
            return number
        }
    }

    static let count = atLeast(1)

    /// A seed for generated data.
    static func seed(_ text: String) throws -> UInt64 {
        UInt64(try atLeast(0)(text))
    }
}
