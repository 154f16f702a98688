import Foundation
import ReglamentCheck
import Testing
@testable import ReglamentAudit

/// The static checklist on the example regulations, and on one with
/// sections taken out.
@Suite struct CoverageChecklistTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func checklist(_ file: String) throws -> [ChecklistItem] {
        let result = Checker().check(file: file)
        let regulation = try #require(result.regulation)
        return CoverageChecklist(regulation: regulation, diagnostics: result.diagnostics).items
    }

    @Test func theSmallShopCoversEverythingButSomeGeography() throws {
        let items = try Self.checklist(Self.root.appendingPathComponent("Regulations/uyut-lavka/regulation.yaml").path)
        #expect(items.filter { !$0.passed }.map(\.id) == ["delivery.geography"])
        // Two zones in the main file, six in geography.yaml.
        #expect(items.filter { $0.id.hasPrefix("delivery.zone.") }.count == 8)
        let geography = try #require(items.first { $0.id == "delivery.geography" })
        #expect(geography.details.prefix(3) == ["130000-139999", "145000-149999", "154000-169999"])
        #expect(geography.details.last == "693000-999999", "the Far East zone ends at 692999")
        let consent = try #require(items.first { $0.id == "order.consent" })
        let consentAt = consent.location ?? ""
        #expect(consentAt.hasSuffix("regulation.yaml:282:9"), "\(consentAt)")
        #expect(items.filter { $0.id.hasPrefix("faq.") }.count == 7)
        #expect(items.filter { $0.id.hasPrefix("order.field.") && !$0.passed }.isEmpty)
    }

    @Test func missingSectionsFailWithAHint() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("reglament-checklist-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let source = Self.root.appendingPathComponent("Regulations/uyut-lavka")
        try FileManager.default.copyItem(at: source.appendingPathComponent("geography.yaml"), to: folder.appendingPathComponent("geography.yaml"))
        var text = try String(contentsOf: source.appendingPathComponent("regulation.yaml"), encoding: .utf8)
        // No authority section, no returns answer.
        let authority = try #require(text.range(of: "authority:\n"))
        let scripts = try #require(text.range(of: "scripts:\n"))
        text.removeSubrange(authority.lowerBound..<scripts.lowerBound)
        text = text.replacingOccurrences(of: "topic: returns", with: "topic: complaints")
        text = text.replacingOccurrences(of: "{{authority.compensation_max}}", with: "500").replacingOccurrences(of: "{{authority.discount_max}}", with: "10%")
        let file = folder.appendingPathComponent("regulation.yaml")
        try text.write(to: file, atomically: true, encoding: .utf8)
        let items = try Self.checklist(file.path)
        #expect(items.filter { !$0.passed }.map(\.id) == ["delivery.geography", "faq.returns", "returns", "authority"])
        #expect(items.first { $0.id == "authority" }?.hint?.contains("compensation_max") == true)
        #expect(items.first { $0.id == "faq.returns" }?.hint == "добавьте ответ с topic: returns")
    }

    @Test func scriptSizeCountsStepsBranchesAndPaths() throws {
        let compiled = try #require(ReglamentCompile.Compiler().compile(file: Self.root.appendingPathComponent("Regulations/uyut-lavka/regulation.yaml").path).compiled)
        let confirmation = try #require(compiled.scripts.first { $0.id == "confirm-order" })
        let size = ScriptSize(confirmation)
        // hello → order is one step away; through `change` and back costs more steps but revisits hello.
        #expect(size.shortestPathToOrder == 2 && size.longestPathToOrder == 2)
        #expect(size.outcomes == confirmation.steps.filter { $0.kind == .outcome }.count)
        #expect(size.branches >= 4)
    }
}

import ReglamentCompile

extension CoverageChecklistTests {
    @Test func everyAcceptedWarningIsListedWithItsReason() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("reglament-accepted-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var text = try String(contentsOf: Self.root.appendingPathComponent("Regulations/bolshoy-dom/regulation.yaml"), encoding: .utf8)
        text = text.replacingOccurrences(of: "        - method: piano-transport\n          days: 5-8\n          price: 42000\n", with: "")
        text = text.replacingOccurrences(
            of: "      cities: [Самара, Тольятти, Казань, Набережные Челны]\n",
            with: "      cities: [Самара, Тольятти, Казань, Набережные Челны]\n      accept: {R403: пианино в Поволжье не возим}\n")
        let file = folder.appendingPathComponent("regulation.yaml")
        try text.write(to: file, atomically: true, encoding: .utf8)
        let accepted = try Self.checklist(file.path).filter { $0.id.hasPrefix("accepted.") }
        #expect(accepted.count == 1)
        let item = try #require(accepted.first)
        #expect(item.id.hasPrefix("accepted.R403."))
        #expect(item.details.first == "Причина: пианино в Поволжье не возим")
        #expect(item.location?.hasSuffix("regulation.yaml:231:16") == true, "\(item.location ?? "")")
    }
}
