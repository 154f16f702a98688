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
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), !parts[0].isEmpty, parts[0].count <= 12,
              parts[0].allSatisfy(\.isASCIIDigit), let whole = Int(parts[0])
        else {
            throw FormatProblem(
                "'\(text)' is not an amount of money",
                hint: "write the amount as a plain number in the shop's currency, e.g. 1500 or 1500.50 (no spaces or currency signs)"
            )
        }
        var fraction = 0
        if parts.count == 2 {
            guard (1...2).contains(parts[1].count), parts[1].allSatisfy(\.isASCIIDigit), let cents = Int(parts[1]) else {
                throw FormatProblem("'\(text)' has more than two digits after the point", hint: "amounts are in whole kopecks/cents")
            }
            fraction = parts[1].count == 1 ? cents * 10 : cents
        }
        self.init(minorUnits: whole * 100 + fraction)
    }

    public var description: String {
        let cents = minorUnits % 100
        return cents == 0 ? "\(minorUnits / 100)" : "\(minorUnits / 100).\(cents < 10 ? "0" : "")\(cents)"
    }

    public static func < (lhs: Money, rhs: Money) -> Bool { lhs.minorUnits < rhs.minorUnits }
}
