import ReglamentModel

/// Why an option's value is refused, said after ArgumentParser's own words
/// that name the option: "The value '-5' is invalid for '--generate <n>':
/// a whole number from 1". Values are parsed where their option is
/// declared (`@Option(parsing: .unconditional, transform: …)`: a value
/// starting with `-` is the option's value, not another option, so `-5`
/// reaches the check and is refused for what it is).
struct ArgumentProblem: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) {
        self.description = description
    }
}

extension ScalarFormat {
    /// The value in the format the regulation and the scenarios use (`Instant`, `PostalIndex`).
    static func argument(_ text: String) throws -> Self {
        do {
            return try Self(parsing: text)
        } catch {
            throw ArgumentProblem(error.message + (error.hint.map { "; \($0)" } ?? ""))
        }
    }
}
