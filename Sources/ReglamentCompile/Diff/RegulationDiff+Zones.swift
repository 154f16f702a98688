extension RegulationDiff {
    /// Zones (`moscow`) and their delivery options (`moscow/courier`): the
    /// terms an operator quotes.
    static func zones(_ old: CompiledRegulation, _ new: CompiledRegulation) -> [RegulationChange] {
        let zones = compare(.zone, old.zones, new.zones, id: \.id, properties: [
            ("name", { $0.name }), ("timezone", { $0.timezone }),
            ("postal", { list($0.postal) }), ("cities", { list($0.cities) }),
        ])
        let options = pairs(old.zones, new.zones, id: \.id).flatMap { zone -> [RegulationChange] in
            guard let before = zone.old, let after = zone.new else { return [] }
            return compare(.zone, before.options, after.options, id: \.method, prefix: "\(zone.id)/", properties: [
                ("days", { $0.days }), ("price", { $0.price }), ("free_from", { $0.freeFrom }),
                ("excludes", { list($0.excludes) }), ("points", { list($0.points) }),
            ])
        }
        return zones + options
    }
}
