import ArgumentParser
import Foundation
import ReglamentAudit
import ReglamentCompile
import ReglamentDiagnostics
import ReglamentRun
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

    @Option(help: "The call database (SQLite).")
    var db = "reglament.sqlite"

    @Option(help: "Calls started on or after this day or time.")
    var since: String?

    @Option(help: "Calls started up to this day (included) or before this time.")
    var until: String?

    @Option(help: "text (a summary), json (every figure) or html (a printable page with charts).")
    var format: Format = .text

    @Option(name: [.short, .long], help: "Write the report here instead of standard output.")
    var output: String?

    @Option(help: "Record this many generated calls into --db through the engine, instead of reporting.")
    var generate: Int?

    @Option(help: "With --generate: the seed; the same seed records the same calls.")
    var seed: UInt64 = 1

    func validate() throws {
        if let generate, generate < 1 { throw ValidationError("--generate needs a number of calls from 1") }
    }

    func run() async throws {
        let input = try AuditInput.load(file)
        let zone = TimeZone(identifier: input.compiled.shop.timezone) ?? .gmt
        let start = try since.map { try Self.date($0, option: "--since", in: zone, endOfDay: false) }
        let end = try until.map { try Self.date($0, option: "--until", in: zone, endOfDay: true) }
        if let generate {
            try await record(generate, compiled: input.compiled, start: start, end: end)
            return
        }
        guard FileManager.default.fileExists(atPath: db) else {
            StandardError.write("reglament: no call database '\(db)'\n")
            throw ExitStatus.usage
        }
        let store = try openStore(durability: .full)
        let auditor = Auditor(compiled: input.compiled, checklist: input.checklist, reader: store)
        let report = try await auditor.report(source: file, since: start, until: end)
        let text: String
        switch format {
        case .text: text = AuditTextWriter().write(report)
        case .json: text = try report.json()
        case .html:
            do {
                text = try AuditHTMLRenderer().render(report, compiled: input.compiled)
            } catch {
                StandardError.write("reglament: \(error)\n")
                throw ExitStatus.usage
            }
        }
        guard let output else {
            FileHandle.standardOutput.write(Data(text.utf8))
            return
        }
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
        } catch {
            StandardError.write("reglament: cannot write '\(output)': \(error.localizedDescription)\n")
            throw ExitStatus.usage
        }
    }

    private func record(_ calls: Int, compiled: CompiledRegulation, start: Date?, end: Date?) async throws {
        let first = start ?? Date().addingTimeInterval(-28 * 86_400)
        let days = end.map { max(1, Int(($0.timeIntervalSince(first) / 86_400).rounded(.up))) } ?? 28
        // Generated calls are test data: commits need not wait for the disk.
        let store = try openStore(durability: .bulk)
        let runner = CallRunner(store: store, compiled: compiled, validator: FieldValidator())
        let summary = try await CallLogGenerator(runner: runner, start: first, days: days, seed: seed).generate(calls: calls)
        print("recorded \(summary.calls) calls and \(summary.confirmationCalls) confirmation calls (\(summary.events) events) into \(db)")
    }

    private func openStore(durability: SQLiteCallStore.Durability) throws -> SQLiteCallStore {
        do {
            return try SQLiteCallStore(path: db, durability: durability)
        } catch {
            StandardError.write("reglament: \(error)\n")
            throw ExitStatus.usage
        }
    }

    /// A day (`2026-11-01`, its start in the shop's zone, or the next day's start
    /// for an inclusive `--until`) or an ISO 8601 time.
    static func date(_ text: String, option: String, in zone: TimeZone, endOfDay: Bool) throws -> Date {
        if let instant = try? Date(text, strategy: .iso8601) { return instant }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let parts = text.split(separator: "-").compactMap { Int($0) }
        // The calendar rolls 2026-13-01 over to January: a day is taken only if it reads back the same.
        if parts.count == 3, let day = calendar.date(from: DateComponents(year: parts[0], month: parts[1], day: parts[2])),
           calendar.dateComponents([.year, .month, .day], from: day) == DateComponents(year: parts[0], month: parts[1], day: parts[2]) {
            return endOfDay ? calendar.date(byAdding: .day, value: 1, to: day) ?? day : day
        }
        StandardError.write("reglament: \(option) '\(text)' is not a day (2026-11-01) or an ISO 8601 time (2026-11-01T09:00:00+03:00)\n")
        throw ExitStatus.usage
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
        guard FileManager.default.isReadableFile(atPath: file) else {
            StandardError.write("reglament: cannot read '\(file)': no such file or no permission\n")
            throw ExitStatus.usage
        }
        let result = Compiler().compile(file: file)
        guard let compiled = result.compiled, let regulation = result.regulation else {
            StandardError.write(TextReporter(colors: StandardError.isTerminal).report(result.diagnostics, sources: SourceFiles()))
            throw ExitStatus.usage
        }
        return AuditInput(compiled: compiled, checklist: CoverageChecklist(regulation: regulation, diagnostics: result.diagnostics))
    }
}
