import ReglamentModel

// The shape check (`ShapeValidator`, derived from the model's types) finds
// these problems in one pass; each is described here with its examples.

public struct UnknownKeyRule: Rule {
    public static let description = RuleDescription(
        code: ShapeCode.unknownKey, name: "unknown-key", severity: .error,
        summary: "A key the format does not know, usually a typo; the hint names the nearest known key.",
        triggering: [
            """
            shop:
              id: demo
              name: Демо
              phone: "+7 495 000-00-00"
              timezone: Europe/Moscow
              ↓workhours: {}
              hours: {week: {daily: 24h}}
            """,
        ],
        nonTriggering: [
            """
            shop:
              id: demo
              name: Демо
              phone: "+7 495 000-00-00"
              timezone: Europe/Moscow
              hours: {week: {daily: 24h}}
            """,
        ]
    )
}

public struct WrongTypeRule: Rule {
    public static let description = RuleDescription(
        code: ShapeCode.wrongType, name: "wrong-type", severity: .error,
        summary: "A value of the wrong kind: a list where a mapping belongs, text where a number belongs.",
        triggering: [
            """
            payment: ↓card
            """,
            """
            reglament: ↓one
            """,
        ],
        nonTriggering: ["reglament: 1"]
    )
}

public struct MissingFieldRule: Rule {
    public static let description = RuleDescription(
        code: ShapeCode.missingField, name: "missing-field", severity: .error,
        summary: "A required section or field is missing.",
        triggering: [
            """
            payment:
              - ↓id: card
            """,
        ],
        nonTriggering: [
            """
            payment:
              - id: card
                name: Карта
            """,
        ]
    )
}

public struct BadFormatRule: Rule {
    public static let description = RuleDescription(
        code: ShapeCode.badFormat, name: "bad-format", severity: .error,
        summary: "A value that does not fit its format: time ranges, time zones, e-mail, phone, postal ranges, money, percentages, ids.",
        triggering: [
            """
            authority:
              compensation_max: ↓500 руб
              discount_max: ↓15 процентов
            """,
            """
            contacts:
              - id: owner
                name: Иван
                phone: ↓123
                email: ↓owner.example.ru
                timezone: ↓Europe/Moskow
                hours: {week: {↓mon-fry: ↓"9-18"}}
            """,
        ],
        nonTriggering: [
            """
            authority:
              compensation_max: 500
              discount_max: 15%
            """,
        ]
    )
}

public struct BadValueRule: Rule {
    public static let description = RuleDescription(
        code: ShapeCode.badValue, name: "bad-value", severity: .error,
        summary: "A word outside the allowed set (delivery kinds, field types, outcomes...).",
        triggering: [
            """
            delivery:
              methods:
                - {id: courier, name: Курьер, kind: ↓curier}
              zones:
                - id: moscow
                  name: Москва
                  timezone: Europe/Moscow
                  options: [{method: courier, days: 1, price: 300}]
            """,
        ],
        nonTriggering: []
    )
}

public struct ConflictingSectionsRule: Rule {
    public static let description = RuleDescription(
        code: ShapeCode.conflictingSections, name: "conflicting-sections", severity: .error,
        summary: "A section or value is given both in the main file and in an included file.",
        triggering: [],
        nonTriggering: []
    )
}

public struct BadIncludeRule: Rule {
    public static let description = RuleDescription(
        code: ShapeCode.badInclude, name: "bad-include", severity: .error,
        summary: "An included file is missing, unreadable, not valid YAML, or included twice.",
        triggering: [
            """
            include: [↓no-such-file.yaml]
            """,
        ],
        nonTriggering: []
    )
}

public struct UnsupportedVersionRule: Rule {
    public static let description = RuleDescription(
        code: ShapeCode.unsupportedVersion, name: "unsupported-version", severity: .error,
        summary: "The regulation declares a format version this reglament does not read.",
        triggering: ["reglament: ↓2"],
        nonTriggering: ["reglament: 1"]
    )
}
