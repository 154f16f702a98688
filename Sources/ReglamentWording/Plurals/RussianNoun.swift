/// A noun the operator counts with: its forms after a number, in the
/// nominative ("3 часа") and in the genitive ("в течение 3 часов").
public struct RussianNoun: Sendable {
    public let one: String
    public let few: String
    public let many: String
    /// After "в течение 1 …", "более 21 …"; the genitive plural is `many`.
    public let genitiveOne: String

    public static let day = RussianNoun(one: "день", few: "дня", many: "дней", genitiveOne: "дня")
    public static let hour = RussianNoun(one: "час", few: "часа", many: "часов", genitiveOne: "часа")
    public static let minute = RussianNoun(one: "минута", few: "минуты", many: "минут", genitiveOne: "минуты")
    /// A step of a script, as the audit counts them.
    public static let step = RussianNoun(one: "шаг", few: "шага", many: "шагов", genitiveOne: "шага")

    /// The form after `number`: день, дня or дней.
    public func form(after number: Int, _ grammaticalCase: GrammaticalCase = .nominative) -> String {
        switch (PluralCategory(number), grammaticalCase) {
        case (.one, .nominative): one
        case (.few, .nominative): few
        case (.many, _): many
        case (.one, .genitive): genitiveOne
        case (.few, .genitive): many
        }
    }

    /// "3 часа", or in the genitive "3 часов".
    public func counted(_ number: Int, _ grammaticalCase: GrammaticalCase = .nominative) -> String {
        "\(number) \(form(after: number, grammaticalCase))"
    }
}

/// The two cases the handbook and the runner count in.
public enum GrammaticalCase: Sendable {
    /// "между ними — 3 часа".
    case nominative
    /// "в течение 3 часов".
    case genitive
}
