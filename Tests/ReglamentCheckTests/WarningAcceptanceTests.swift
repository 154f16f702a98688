import ReglamentCheck
import ReglamentDiagnostics
import Testing

/// A warning the owner accepts on purpose (`accept:` where it is made)
/// becomes a note with the reason, so `--strict` can pass; a wrong or
/// stale `accept:` is itself reported.
struct WarningAcceptanceTests {
    /// The Volga zone without its piano carrier: R403 there.
    static let noPianosToVolga = ("        - method: piano-transport\n          days: 5-8\n          price: 42000\n", "")
    static let volga = "      cities: [Самара, Тольятти, Казань, Набережные Челны]\n"
    static let reason = "пианино в Поволжье не возим — так и говорим"

    static func accepting(_ accept: String) -> (String, String) {
        (volga, volga + "      accept: \(accept)\n")
    }

    @Test func anAcceptedWarningIsANoteWithItsReasonAndStrictPasses() throws {
        let result = try EditedExample.check("bolshoy-dom", [Self.noPianosToVolga, Self.accepting("{R403: \"\(Self.reason)\"}")])
        #expect(result.diagnostics.count == 1, "\(EditedExample.rendered(result))")
        let note = try #require(result.diagnostics.first)
        #expect(note.code == "R403")
        #expect(note.severity == .note)
        #expect(note.accepted?.reason == Self.reason)
        #expect(note.related.last?.message == "accepted here: \(Self.reason)")
        let strict = result.diagnostics.map(\.treatingWarningsAsErrors)
        #expect(strict.errorCount == 0 && strict.warningCount == 0)
        #expect(result.diagnostics.acceptedCount == 1)
    }

    @Test func withoutTheAcceptanceTheSameWarningStands() throws {
        let result = try EditedExample.check("bolshoy-dom", [Self.noPianosToVolga])
        #expect(result.diagnostics.map(\.code) == ["R403"])
        #expect(result.diagnostics.first?.severity == .warning)
    }

    @Test func theInnermostAcceptanceAnswersAndTheOtherGoesStale() throws {
        let result = try EditedExample.check("bolshoy-dom", [
            Self.noPianosToVolga, Self.accepting("{R403: \(Self.reason)}"),
            ("reglament: 1\n", "reglament: 1\naccept: {R403: везде так}\n"),
        ])
        #expect(EditedExample.codes(result) == ["R111", "R403"], "\(EditedExample.rendered(result))")
        let stale = try #require(result.diagnostics.first { $0.code == "R111" })
        #expect(stale.location.line == 6, "just below `reglament: 1`")
        #expect(result.diagnostics.first { $0.code == "R403" }?.accepted?.reason == Self.reason)
    }

    @Test func anAcceptanceAtTheTopCoversTheWholeFile() throws {
        let result = try EditedExample.check("bolshoy-dom", [
            Self.noPianosToVolga, ("reglament: 1\n", "reglament: 1\naccept: {R403: пианино возим только по двум столицам}\n"),
        ])
        #expect(result.diagnostics.map(\.severity) == [.note], "\(EditedExample.rendered(result))")
    }

    @Test func anAcceptanceThatMatchesNothingIsAWarningAtIt() throws {
        let result = try EditedExample.check("bolshoy-dom", [Self.accepting("{R403: \(Self.reason)}")])
        #expect(EditedExample.codes(result) == ["R111"], "\(EditedExample.rendered(result))")
        #expect(result.diagnostics.first?.severity == .warning)
    }

    @Test func aReasonIsRequiredAndOnlyWarningsCanBeAccepted() throws {
        let result = try EditedExample.check("bolshoy-dom", [
            Self.noPianosToVolga, Self.accepting("{R403: \"  \", R305: так задумано, R999: неизвестно, \"403\": без буквы}"),
        ])
        #expect(EditedExample.codes(result) == ["R104", "R104", "R110", "R110", "R403"], "\(EditedExample.rendered(result))")
        let refusals = result.diagnostics.filter { $0.code == "R110" }.map(\.message)
        #expect(refusals.contains("'R305' (incomplete-order) reports errors, which cannot be accepted"))
        #expect(refusals.contains("no rule has the code 'R999'"))
        // The blank reason accepts nothing: the warning stands.
        #expect(result.diagnostics.first { $0.code == "R403" }?.severity == .warning)
    }
}
