import ReglamentDiagnostics
import ReglamentModel
import ReglamentYAML
import Testing

/// A value that looks right but is typed with the wrong character gets a
/// hint naming the character and the value to write.
struct TypingSlipsTests {
    @Test(arguments: [
        ("mon-fri: 11:00–15:00", "'–' is a dash (U+2013), not the hyphen '-': write '11:00-15:00'"),
        ("mon-fri: 10.00-19.00", "hours and minutes are joined by ':', not '.': write '10:00-19:00'"),
        ("mon-fri: １０:００-１９:００", "'１' is a full-width or non-Latin digit (U+FF11), not an ASCII one: write '10:00-19:00'"),
        ("mon–fri: 10:00-19:00", "'–' is a dash (U+2013), not the hyphen '-': write 'mon-fri'"),
    ])
    func hoursTypedWithTheWrongCharacter(_ line: String, _ hint: String) throws {
        let problems = try problems(inContactHours: line)
        #expect(problems.map(\.hint) == [hint], "\(problems)")
    }

    @Test func aCyrillicLetterInAnId() throws {
        // The second letter is the Russian «е».
        let (fixed, slips) = try #require(TypingSlips.fixing("dеlivery-north"))
        #expect(fixed == "delivery-north")
        #expect(slips == [.cyrillicLetter("е")])
    }

    @Test func russianWordsAndRealDotsAreNotSlips() {
        #expect(TypingSlips.fixing("доставка") == nil)
        #expect(TypingSlips.fixing("1500.50") == nil)
        #expect(TypingSlips.fixing("v1.2.3") == nil)
        #expect(TypingSlips.fixing("12:00-14:00") == nil)
    }

    @Test func aValueThatIsWrongForAnotherReasonKeepsItsOwnHint() throws {
        let problems = try problems(inContactHours: "mon-fri: 19:00–10:00")
        #expect(problems.count == 1)
        #expect(problems.first?.hint?.contains("write '19:00-10:00'") == false)
    }

    private func problems(inContactHours line: String) throws -> [Diagnostic] {
        let yaml = """
        week:
          \(line)
        """
        let document = try YAMLLoader().load(Array(yaml.utf8), file: "hours.yaml")
        return document.withRoot { ShapeValidator(schema: SchemaDeriver.schema(of: WorkingHours.self)).validate($0).problems }
    }
}
