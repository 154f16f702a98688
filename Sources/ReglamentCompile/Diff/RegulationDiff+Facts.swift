extension RegulationDiff {
    /// Shop facts (`shop.hours`, `order.consent`...), payment methods with
    /// their limits, and what operators may decide alone.
    static func facts(_ old: CompiledRegulation, _ new: CompiledRegulation) -> [RegulationChange] {
        let facts = Set(old.facts.keys).union(new.facts.keys).sorted().compactMap { name in
            change(.fact, name, property: nil, old: old.facts[name], new: new.facts[name])
        }
        let payment = compare(.payment, old.payment, new.payment, id: \.id, properties: [
            ("name", { $0.name }), ("max", { $0.max }), ("note", { $0.note }),
        ])
        let authority = [
            change(.fact, "authority.may", property: nil, old: list(old.authority?.may ?? [], separator: "; "), new: list(new.authority?.may ?? [], separator: "; ")),
            change(.fact, "authority.may_not", property: nil, old: list(old.authority?.mayNot ?? [], separator: "; "), new: list(new.authority?.mayNot ?? [], separator: "; ")),
        ].compactMap { $0 }
        return facts + payment + authority
    }
}
