import Foundation
import ReglamentCompile
import ReglamentRun

/// Builds the audit of a compiled regulation over a period of the call
/// log: the static checklist (when the regulation's source was read), and
/// what the calls walked, where they fell outside the regulation, and how
/// operators followed it.
public struct Auditor: Sendable {
    public let compiled: CompiledRegulation
    public let checklist: CoverageChecklist?
    public let reader: any CallLogReader

    public init(compiled: CompiledRegulation, checklist: CoverageChecklist?, reader: any CallLogReader) {
        self.compiled = compiled
        self.checklist = checklist
        self.reader = reader
    }

    public func report(source: String, since: Date? = nil, until: Date? = nil) async throws -> AuditReport {
        let tallies = try await reader.tallies(query(since: since, until: until))
        let transferRules = Set(compiled.escalations.filter { $0.action == .transfer }.map(\.id))
        return AuditReport(
            shop: .init(id: compiled.shop.id, name: compiled.shop.name),
            source: source, version: compiled.version,
            period: .init(since: since.map(Self.iso), until: until.map(Self.iso), timezone: compiled.shop.timezone),
            checklist: checklist.map { AuditReport.Checklist($0.items) },
            scripts: compiled.scripts.map { ScriptCoverage($0, tallies: tallies) },
            outcomes: OutcomeFigures(tallies, transferRules: transferRules),
            // The one place notes enter the report: masked here, shown as they are everywhere after.
            gaps: NoteGroups.group(PersonalDataMask(compiled: compiled).masking(tallies.notes)),
            escalations: EscalationFigures(tallies, transferRules: transferRules),
            compliance: ComplianceFigures(tallies),
            confirmations: ConfirmationFigures(tallies),
            mail: MailFigures(tallies))
    }

    /// What the log must be asked: the shop, the period, the shop's offset
    /// from UTC, which steps are consent and which fields personal, and
    /// which captured values to hide in notes.
    public func query(since: Date?, until: Date?) -> CallLogQuery {
        let zone = TimeZone(identifier: compiled.shop.timezone) ?? .gmt
        return CallLogQuery(
            shop: compiled.shop.id, since: since, until: until,
            utcOffsetSeconds: zone.secondsFromGMT(for: until ?? since ?? Date()),
            consentSteps: compiled.scripts.flatMap { script in script.steps.filter { $0.kind == .consent }.map { "\(script.id)/\($0.id)" } },
            personalFields: compiled.fields.filter(\.personal).map(\.id),
            hiddenInNotes: compiled.personalEventFields.keys.sorted())
    }

    static func iso(_ date: Date) -> String { date.formatted(.iso8601) }
}
