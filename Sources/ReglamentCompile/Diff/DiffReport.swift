import Foundation

/// A `RegulationDiff` written for people or for scripts.
public enum DiffReport {
    private static let headings: [RegulationChange.Area: String] = [
        .fact: "Shop facts", .payment: "Payment methods", .step: "Script steps", .zone: "Delivery zones",
        .contact: "Contacts and their hours", .escalation: "Escalation rules", .faq: "FAQ answers",
    ]

    public static func text(_ diff: RegulationDiff) -> String {
        let versions = "\(diff.old.version.prefix(12)) → \(diff.new.version.prefix(12))"
        guard !diff.isEmpty else {
            return diff.old.version == diff.new.version
                ? "identical: version \(diff.old.version.prefix(12))\n"
                : "no changes for operators (the sources differ: \(versions))\n"
        }
        var out = "Changes for operators: \(diff.new.shop.name), \(versions) — \(diff.changes.count)\n"
        for area in RegulationChange.Area.allCases {
            let changes = diff.changes.filter { $0.area == area }
            guard !changes.isEmpty else { continue }
            out += "\n\(headings[area] ?? area.rawValue)\n"
            for change in changes { out += line(change) }
        }
        return out
    }

    private static func line(_ change: RegulationChange) -> String {
        switch change.kind {
        case .added: return "  + \(change.subject)\(change.property.map { " \($0)" } ?? ""): \(change.new ?? "")\n"
        case .removed: return "  - \(change.subject)\(change.property.map { " \($0)" } ?? ""): \(change.old ?? "")\n"
        case .changed:
            let property = change.property.map { ": \($0)" } ?? ""
            let old = change.old ?? "", new = change.new ?? ""
            if old.count + new.count < 60 && !old.contains("\n") && !new.contains("\n") {
                return "  ~ \(change.subject)\(property): \(old) → \(new)\n"
            }
            return "  ~ \(change.subject)\(property)\n      - \(old)\n      + \(new)\n"
        }
    }

    /// `{"identical", "old_version", "new_version", "changes": [{"area", "subject", "kind", "property", "old", "new"}]}`,
    /// keys sorted, every key present, absent values null (docs/diff-format.md):
    /// `area` is a `RegulationChange.Area`, `kind` a `RegulationChange.Kind`.
    public static func json(_ diff: RegulationDiff) -> String {
        struct Document: Encodable {
            let identical: Bool
            let oldVersion: String
            let newVersion: String
            let changes: [Change]
        }
        struct Change: Encodable {
            let change: RegulationChange
            func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: Keys.self)
                try container.encode(change.area.rawValue, forKey: .area)
                try container.encode(change.subject, forKey: .subject)
                try container.encode(change.kind.rawValue, forKey: .kind)
                try container.encode(change.property, forKey: .property)
                try container.encode(change.old, forKey: .old)
                try container.encode(change.new, forKey: .new)
            }
            enum Keys: String, CodingKey { case area, subject, kind, property, old, new }
        }
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let document = Document(
            identical: diff.isEmpty, oldVersion: diff.old.version, newVersion: diff.new.version,
            changes: diff.changes.map(Change.init))
        return String(decoding: (try? encoder.encode(document)) ?? Data("{}".utf8), as: UTF8.self) + "\n"
    }
}
