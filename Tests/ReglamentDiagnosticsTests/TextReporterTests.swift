import ReglamentDiagnostics
import Testing

struct TextReporterTests {
    let reporter = TextReporter(colors: false)

    @Test func quotesTheLineWithACaretAndTheHint() {
        let report = reporter.report([ReportSamples.unknownKey], sources: ReportSamples.sources)
        #expect(report == """
            Regulations/demo/regulation.yaml:3:3: error[R101]: unknown key 'nmae' in 'shop'
               3 |   nmae: Демо
                 |   ^
            hint: did you mean 'name'?
            1 error, 0 warnings

            """)
    }

    @Test func caretCountsCharactersAndRelatedPlacesAreNotes() {
        let report = reporter.report([ReportSamples.overlap], sources: ReportSamples.sources)
        #expect(report == """
            Regulations/demo/regulation.yaml:7:31: warning[R401]: postal range 101000-129999 overlaps another zone
               7 |     - {id: центр, postal: ["101000-129999"]}
                 |                               ^
            note: Regulations/demo/regulation.yaml:3:9: the other range
            0 errors, 1 warning

            """)
    }

    @Test func tabsBeforeTheColumnAreKeptSoTheCaretLinesUp() {
        let report = reporter.report([ReportSamples.afterTab], sources: ReportSamples.sources)
        #expect(report.contains("   4 | \tbad: 1\n     | \t^\n"))
    }

    @Test func missingSourceStillNamesThePlace() {
        let report = reporter.report([ReportSamples.unknownKey], sources: SourceFiles(texts: [:]))
        #expect(report.hasPrefix("Regulations/demo/regulation.yaml:3:3: error[R101]: unknown key 'nmae' in 'shop'\nhint: "))
    }

    @Test func summarySaysWhenThereAreNoProblems() {
        #expect(reporter.report([], sources: ReportSamples.sources) == "no problems\n")
    }

    @Test func colorsOnlyWhenAsked() {
        let plain = reporter.report([ReportSamples.unknownKey], sources: ReportSamples.sources)
        let colored = TextReporter(colors: true).report([ReportSamples.unknownKey], sources: ReportSamples.sources)
        #expect(!plain.contains("\u{1B}["))
        #expect(colored.contains("\u{1B}[1;31merror[R101]\u{1B}[0m"))
    }
}
