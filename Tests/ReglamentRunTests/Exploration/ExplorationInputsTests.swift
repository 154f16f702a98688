import Foundation
import ReglamentCompile
@testable import ReglamentRun
import Testing

/// The inputs the explorer types, made from the regulation: one index in
/// each zone, goods naming each product class and goods naming none, and
/// the clocks at which each escalation's contact is available and not.
struct ExplorationInputsTests {
    let compiled: CompiledRegulation

    init() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        compiled = try #require(Compiler().compile(file: root.appendingPathComponent("Regulations/uyut-lavka/regulation.yaml").path).compiled)
    }

    @Test func oneIndexFallsInEachZone() {
        let inputs = ExplorationInputs(compiled: compiled, clock: ExplorationFixtures.monday)
        #expect(inputs.postalIndexes.map { PostalZones.zone(for: $0, in: compiled)?.id } == compiled.zones.map(\.id))
    }

    @Test func goodsNameEachClassAndThenNone() throws {
        let inputs = ExplorationInputs(compiled: compiled, clock: ExplorationFixtures.monday)
        let classes = try inputs.itemLists.map { goods -> [String] in
            guard case .success(let stored) = ItemList.normalize(goods), let item = ItemList.items(in: stored).first else { throw ItemsRefused() }
            return ItemList.guessClasses(item.name, among: compiled.productClasses)
        }
        // Each class's goods and goods of none, at a small price and at one above every limit.
        let named = compiled.productClasses.map { [$0.id] } + [[]]
        #expect(classes == named.flatMap { [$0, $0] })
        #expect(inputs.itemLists.allSatisfy { goods in !compiled.productClasses.contains { goods.contains($0.id) } }, "goods are named in words, not by id")
    }

    @Test func clocksFindEachContactAvailableAndNot() {
        let clocks = ExplorationClocks.instants(for: compiled, from: ExplorationFixtures.monday)
        for rule in ExplorationClocks.usedRules(compiled) where rule.availability != nil {
            let open = clocks.map { rule.availability?.isOpen(at: $0) == true }
            #expect(open.contains(true) && open.contains(false), "\(rule.id) at \(clocks)")
        }
    }

    struct ItemsRefused: Error {}
}
