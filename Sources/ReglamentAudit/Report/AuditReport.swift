import Foundation
import ReglamentRun

/// Everything the audit found, as the JSON report writes it
/// (`docs/audit-format.md`) and the HTML and text reports show it.
public struct AuditReport: Sendable, Equatable, Codable {
    public static let formatName = "reglament-audit/1"

    public struct Shop: Sendable, Equatable, Codable {
        public var id: String
        public var name: String
    }

    /// The calls read: started at or after `since`, before `until` (ISO 8601; nil is open).
    public struct Period: Sendable, Equatable, Codable {
        public var since: String?
        public var until: String?
        /// The shop's time zone: days and hours of the week are counted in it.
        public var timezone: String
    }

    public struct Checklist: Sendable, Equatable, Codable {
        public var passed: Int
        public var failed: Int
        public var items: [ChecklistItem]

        init(_ items: [ChecklistItem]) {
            self.items = items
            passed = items.filter(\.passed).count
            failed = items.count - passed
        }
    }

    public var format = AuditReport.formatName
    public var shop: Shop
    /// The regulation audited: its file, and its version (SHA-256 of its sources).
    public var source: String
    public var version: String
    public var period: Period
    /// Nil (absent from the JSON) when the audit read a compiled script, which keeps no source locations.
    public var checklist: Checklist?
    public var scripts: [ScriptCoverage]
    public var outcomes: OutcomeFigures
    public var gaps: [NoteGroup]
    public var escalations: EscalationFigures
    public var compliance: ComplianceFigures
    public var confirmations: ConfirmationFigures
    public var mail: MailFigures

    /// Calls read in all.
    public var calls: Int { outcomes.total.total }

    /// The report as `--format json` writes it: keys in `snake_case`, sorted.
    public func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        return String(decoding: try encoder.encode(self), as: UTF8.self) + "\n"
    }
}
