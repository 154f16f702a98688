import ReglamentModel
import ReglamentWording
import Testing

/// Sums as the operator reads them: groups and the sign held by no-break spaces.
@Suite struct MoneyWordingTests {
    static let space = "\u{00A0}"

    @Test(arguments: [
        (10_000_000, "100\u{00A0}000\u{00A0}₽"), (9950, "99,50\u{00A0}₽"), (0, "0\u{00A0}₽"),
        (100_000_005, "1\u{00A0}000\u{00A0}000,05\u{00A0}₽"), (99_900, "999\u{00A0}₽"), (100_000, "1\u{00A0}000\u{00A0}₽"),
    ])
    func roubles(minorUnits: Int, said: String) {
        #expect(MoneyWording.amount(Money(minorUnits: minorUnits), currency: "RUB") == said)
    }

    /// A price of nothing is said as free, never "0 ₽" (a free pickup), in any currency.
    @Test func aPriceOfNothingIsFree() {
        #expect(MoneyWording.price(Money(minorUnits: 0), currency: "RUB") == "бесплатно")
        #expect(MoneyWording.price(Money(minorUnits: 0), currency: "EUR") == "бесплатно")
        #expect(MoneyWording.price(Money(minorUnits: 60_000), currency: "RUB") == "600\(Self.space)₽")
    }

    @Test func anotherCurrencyKeepsItsCode() {
        #expect(MoneyWording.amount(Money(minorUnits: 30_000), currency: "EUR") == "300\(Self.space)EUR")
    }

    @Test func anAmountAloneHasNoSign() {
        #expect(MoneyWording.amount(Money(minorUnits: 500_000)) == "5\(Self.space)000")
        #expect(MoneyWording.amount(Money(minorUnits: 9950)) == "99,50")
        #expect(!MoneyWording.amount(Money(minorUnits: 500_000)).contains(" "))
    }

    @Test(arguments: [("15000", 1_500_000), ("99.50", 9950), ("99.5", 9950), ("0", 0), ("0.00", 0)])
    func decimalsFromTheCompiledRegulation(text: String, minorUnits: Int) {
        #expect(Money(decimal: text) == Money(minorUnits: minorUnits))
    }

    @Test(arguments: ["", "много", "1 500", "1500,50", "-5", "1.234", "₽100"])
    func textThatIsNotADecimalIsRefused(text: String) {
        #expect(Money(decimal: text) == nil)
    }

    @Test func aDecimalIsSaidAndAnOddValueShownAsWritten() {
        #expect(MoneyWording.amount(decimal: "1500.50", currency: "RUB") == "1\(Self.space)500,50\(Self.space)₽")
        #expect(MoneyWording.amount(decimal: "300.00", currency: "EUR") == "300\(Self.space)EUR")
        #expect(MoneyWording.amount(decimal: "много", currency: "RUB") == "много\(Self.space)₽")
    }
}
