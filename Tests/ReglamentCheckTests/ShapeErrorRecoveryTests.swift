import Foundation
import ReglamentCheck
import ReglamentDiagnostics
import Testing

/// `check` goes on after shape errors, as a compiler does after a syntax
/// error: the parts that cannot be read are left out, every rule runs on
/// the rest, and a rule's finding that only echoes a shape error is not
/// reported a second time.
struct ShapeErrorRecoveryTests {
    @Test func rulesStillReportBesideShapeErrors() throws {
        let result = try EditedExample.check("bolshoy-dom", [
            // Shape: an unknown key in the shop, a word for a number.
            ("  site: https://bolshoy-dom.ru", "  website: https://bolshoy-dom.ru"),
            ("    attempts: 4\n", "    attempts: четыре\n"),
            // Meaning: a transfer with no fallback (R307), a zone where nothing takes pianos (R403).
            ("недовольный клиент {{client.name}}: {{question}}.\"\n    fallback: owner-message\n", "недовольный клиент {{client.name}}: {{question}}.\"\n"),
            ("        - method: piano-transport\n          days: 5-8\n          price: 42000\n", ""),
        ])
        #expect(EditedExample.codes(result) == ["R101", "R102", "R307", "R403"], "\(EditedExample.rendered(result))")
        #expect(result.regulation != nil)
    }

    @Test func aMisspeltKeyIsReportedOnceNotAgainAsWhatItsAbsenceBreaks() throws {
        // Without `fallback:` the transfer has none (R307): that is the typo, said once.
        let result = try EditedExample.check("bolshoy-dom", [
            ("{{question}}.\"\n    fallback: owner-message\n", "{{question}}.\"\n    falback: owner-message\n"),
        ])
        #expect(EditedExample.codes(result) == ["R101"], "\(EditedExample.rendered(result))")
        #expect(result.diagnostics.first?.hint == "did you mean 'fallback'?")
    }

    @Test func whatRefersToAPartLeftOutIsNotReportedAsUnknown() throws {
        // The logistics contact cannot be read (its name is a list); the rules that name it stay quiet.
        let result = try EditedExample.check("bolshoy-dom", [
            ("    name: Алексей Фёдоров\n    role: manager\n", "    name: [Алексей, Фёдоров]\n    role: manager\n"),
        ])
        #expect(result.diagnostics.count == 1, "\(EditedExample.rendered(result))")
        #expect(result.diagnostics.allSatisfy { $0.code.hasPrefix("R1") }, "\(EditedExample.rendered(result))")
    }

    @Test func aWrongValueInAnAnchorIsReportedOnceWithItsAliasesAsNotes() throws {
        // The shop's holidays are anchored and repeated for four contacts.
        let result = try EditedExample.check("bolshoy-dom", [("        hours: 09:00-14:00\n", "        hours: 09:00–14:00\n")])
        #expect(result.diagnostics.count == 1, "\(EditedExample.rendered(result))")
        let problem = try #require(result.diagnostics.first)
        #expect(problem.location.line == 26)
        #expect(problem.related.map(\.location.line) == [48, 60, 85, 142])
        #expect(problem.hint?.hasSuffix("write '09:00-14:00'") == true, "\(problem.hint ?? "")")
    }

    @Test func aMisspeltRequiredKeyLeavesItsMappingOutAndIsSaidOnce() throws {
        // The contact's `name:` is misspelt: the contact cannot be read, the typo is the one error.
        let result = try EditedExample.check("bolshoy-dom", [("    name: Алексей Фёдоров\n", "    nmae: Алексей Фёдоров\n")])
        #expect(EditedExample.codes(result) == ["R101"], "\(EditedExample.rendered(result))")
        #expect(result.regulation != nil)
    }

    @Test func aBrokenRequiredSectionStopsTheRulesAsBefore() throws {
        let result = try EditedExample.check("bolshoy-dom", [("\nshop:\n", "\nshop: [broken]\nformer_shop:\n")])
        #expect(result.regulation == nil)
        #expect(EditedExample.codes(result).allSatisfy { $0.hasPrefix("R1") }, "\(EditedExample.rendered(result))")
    }

    @Test func aZoneWhoseOptionNamesALostMethodIsNotReportedForWhatTheMethodWouldHaveCarried() throws {
        // The piano carrier's kind is a longer name: the method is left out, and the zones that use it
        // would "take no pianos" (R403) — only the shape error is said, with the value meant.
        let result = try EditedExample.check("bolshoy-dom", [
            ("      name: Межгородняя перевозка пианино в спецавтомобиле\n      kind: transport\n",
             "      name: Межгородняя перевозка пианино в спецавтомобиле\n      kind: transport_company\n"),
        ])
        #expect(EditedExample.codes(result) == ["R105"], "\(EditedExample.rendered(result))")
        #expect(result.diagnostics.first?.hint?.hasPrefix("did you mean 'transport'?") == true)
    }
}
