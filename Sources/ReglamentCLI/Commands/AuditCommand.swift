import ArgumentParser
import Foundation
import ReglamentAudit
import ReglamentCompile
import ReglamentRun
import ReglamentPostgres
import ReglamentStore

struct AuditCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "Report how well a regulation covers what it must, and how real calls used it.",
        discussion: """
            Reads the call database without writing to it. DATE is a day (2026-11-01, in the shop's time \\
            zone; --until includes that day) or an ISO 8601 time. With --generate N, records N realistic \\
            calls through the engine into --db instead (test data and demos). Report format: docs/audit-format.md.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, html
    }

    @Argument(help: "A regulation (.yaml; the checklist needs it) or a compiled script (.script.json).")
    var file: String

    @OptionGroup var database: DatabaseOptions

    @Option(
        parsing: .unconditional, help: ArgumentHelp("Calls started on or after this day or time.", valueName: "DATE"),
        transform: PeriodBound.argument)
    var since: PeriodBound?

    @Option(
        parsing: .unconditional, help: ArgumentHelp("Calls started up to this day (included) or before this time.", valueName: "DATE"),
        transform: PeriodBound.argument)
    var until: PeriodBound?

    @Option(help: "text (a summary), json (every figure) or html (a printable page with charts).")
    var format: Format = .text

    @Option(name: [.short, .long], help: "Write the report here instead of standard output.")
    var output: String?

    @Option(
        parsing: .unconditional, help: ArgumentHelp("Record this many generated calls into --db through the engine, instead of reporting.", valueName: "N"),
        transform: WholeNumber.count)
    var generate: Int?

    @Option(
        parsing: .unconditional, help: ArgumentHelp("With --generate: the seed; the same seed records the same calls.", valueName: "S"),
        transform: WholeNumber.seed)
    var seed: UInt64 = 1

    func run() async throws {
        let input = try AuditInput.load(file)
        let zone = TimeZone(identifier: input.compiled.shop.timezone) ?? .gmt
        let start = since?.date(in: zone, endOfDay: false)
        let end = until?.date(in: zone, endOfDay: true)
        if let generate {
            try await record(generate, compiled: input.compiled, start: start, end: end)
            return
        }
        let store: any CallLogReader
        switch try database.location() {
        case .sqlite(let path):
            guard FileManager.default.fileExists(atPath: path) else { throw CommandFailure.noDatabase(path: path) }
            store = try SQLiteCallStore(path: path, durability: .full)
        case .postgres(let location):
            store = try await PostgresCallStore(location)
        }
        let auditor = Auditor(compiled: input.compiled, checklist: input.checklist, reader: store)
        let report = try await auditor.report(source: file, since: start, until: end)
        let text: String
        switch format {
        case .text: text = AuditTextWriter().write(report)
        case .json: text = try report.json()
        case .html: text = try AuditHTMLRenderer().render(report, compiled: input.compiled)
        }
        guard let output else {
            FileHandle.standardOutput.write(Data(text.utf8))
            return
        }
        try OutputSet.file(output, text).commit()
    }

    private func record(_ calls: Int, compiled: CompiledRegulation, start: Date?, end: Date?) async throws {
        let first = start ?? Date().addingTimeInterval(-28 * 86_400)
        let days = end.map { max(1, Int(($0.timeIntervalSince(first) / 86_400).rounded(.up))) } ?? 28
        let location = try database.location()
        let store: any CallStore
        switch location {
        case .sqlite(let path):
            // Generated calls are test data: commits need not wait for the disk.
            store = try SQLiteCallStore(path: path, durability: .bulk)
        case .postgres(let postgres):
            store = try await PostgresCallStore(postgres)
        }
        let runner = CallRunner(store: store, compiled: compiled, validator: FieldValidator())
        let summary = try await CallLogGenerator(runner: runner, start: first, days: days, seed: seed).generate(calls: calls)
        print("recorded \(summary.calls) calls and \(summary.confirmationCalls) confirmation calls (\(summary.events) events) into \(location)")
    }
}

/// What the audit reads from FILE: the compiled regulation, and for a
/// regulation's source also its checklist (a compiled script keeps no
/// source locations).
struct AuditInput {
    var compiled: CompiledRegulation
    var checklist: CoverageChecklist?

    static func load(_ file: String) throws -> AuditInput {
        guard !file.hasSuffix(".json") else { return AuditInput(compiled: try CompiledInput.load(file), checklist: nil) }
        let source = try CompiledInput.compile(file)
        return AuditInput(compiled: source.compiled, checklist: CoverageChecklist(regulation: source.regulation, diagnostics: source.diagnostics))
    }
}
