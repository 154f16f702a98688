/// An amount in the shop's currency: `1500`, `1500.50`. Kept in minor
/// units (kopecks) so sums and limits compare exactly.
public struct Money: ScalarFormat, Hashable, Comparable, CustomStringConvertible {
    public var minorUnits: Int

    public static let formatName = "amount of money"
    public static let jsonSchema: JSONValue = ["type": "number", "minimum": 0, "multipleOf": .number(0.01)]
    public static let schemaPlaceholder = Money(minorUnits: 0)

    public init(minorUnits: Int) {
        self.minorUnits = minorUnits
    }

    public init(parsing text: String) throws(FormatProblem) {
        guard let parts = DigitGroups(text, separator: ".", trimmingSpaces: false), parts.first.digits <= 12 else {
            throw FormatProblem(
                "'\(text)' is not an amount of money",
                hint: "write the amount as a plain number in the shop's currency, e.g. 1500 or 1500.50 (no spaces or currency signs)"
            )
        }
        var fraction = 0
        if let cents = parts.second {
            guard cents.digits <= 2 else {
                throw FormatProblem("'\(text)' has more than two digits after the point", hint: "amounts are in whole kopecks/cents")
            }
            fraction = cents.digits == 1 ? cents.value * 10 : cents.value
        }
        self.init(minorUnits: parts.first.value * 100 + fraction)
    }

    public var description: String {
        let cents = minorUnits % 100
        return cents == 0 ? "\(minorUnits / 100)" : "\(minorUnits / 100).\(cents < 10 ? "0" : "")\(cents)"
    }

    public static func < (lhs: Money, rhs: Money) -> Bool { lhs.minorUnits < rhs.minorUnits }
}
