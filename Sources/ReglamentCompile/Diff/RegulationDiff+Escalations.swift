extension RegulationDiff {
    /// Contacts: when they take calls (`hours`, `holidays`) and how they are reached.
    static func contacts(_ old: CompiledRegulation, _ new: CompiledRegulation) -> [RegulationChange] {
        compare(.contact, old.contacts, new.contacts, id: \.id, properties: [
            ("hours", { $0.hours }), ("holidays", { holidays($0.availability) }),
            ("phone", { $0.phone }), ("email", { $0.email }), ("timezone", { $0.timezone }),
            ("name", { $0.name }), ("role", { $0.role?.rawValue }),
        ])
    }

    /// Escalation rules: when, to whom, what is whispered and promised, and the fallback.
    static func escalations(_ old: CompiledRegulation, _ new: CompiledRegulation) -> [RegulationChange] {
        compare(.escalation, old.escalations, new.escalations, id: \.id, properties: [
            ("action", { $0.action.rawValue }), ("when", { $0.when.rawValue }), ("product_class", { $0.productClass }),
            ("amount", { $0.amount }), ("contact", { $0.contact }), ("fallback", { $0.fallback }),
            ("whisper", { $0.whisper?.text }), ("promise", { $0.promise?.text }),
        ])
    }

    /// Dated exceptions as written: "2026-12-31..2027-01-08 (каникулы); …".
    private static func holidays(_ availability: Availability?) -> String? {
        list(availability?.exceptions.map { $0.dates + ($0.note.map { " (\($0))" } ?? "") } ?? [], separator: "; ")
    }
}
