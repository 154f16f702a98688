import Foundation
import ReglamentCheck
import ReglamentDiagnostics
import Testing

/// Regulations split over files: lists are joined, conflicts reported in
/// both places, and every location names its own file.
struct IncludeTests {
    let directory: URL

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("reglament-include-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    func write(_ name: String, _ text: String) throws -> String {
        let url = directory.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    /// The example regulation with its delivery zones moved to `geo/zones.yaml`.
    func splitRegulation(geography: String) throws -> String {
        let main = ExampleRegulation.sections.filter { $0.key != "delivery" }.map(\.yaml).joined()
        _ = try write("geo/zones.yaml", geography)
        return try write("main.yaml", "include: [geo/zones.yaml]\n" + main)
    }

    @Test func includedListsAreJoinedWithTheirOwnLocations() throws {
        let geography = """
            delivery:
              methods:
                - {id: courier, name: Курьер, kind: courier}
              zones:
                - id: moscow
                  name: Москва
                  timezone: Europe/Moscow
                  postal: ["101000-129999"]
                  options: [{method: courier, days: 1, price: 300}]
                - id: moscow-again
                  name: Москва-2
                  timezone: Europe/Moscow
                  postal: ["129000-130000"]
                  options: [{method: courier, days: 1, price: 300}]
            """
        let main = try splitRegulation(geography: geography)
        let result = Checker().check(file: main)
        let overlap = try #require(result.diagnostics.first { $0.code == "R401" })
        #expect(overlap.location.file.hasSuffix("geo/zones.yaml"))
        #expect(overlap.location.line == 13)
        #expect(overlap.related.first?.location.line == 8)
        #expect(result.files.count == 2)
    }

    @Test func sectionGivenTwiceIsAConflict() throws {
        let geography = """
            shop:
              id: other
            """
        _ = try write("geo/zones.yaml", geography)
        let main = try write("main.yaml", "include: [geo/zones.yaml]\n" + ExampleRegulation.base)
        let result = Checker().check(file: main)
        let conflict = try #require(result.diagnostics.first { $0.code == "R106" })
        #expect(conflict.location.file.hasSuffix("geo/zones.yaml"))
        #expect(conflict.location.line == 2)
        #expect(conflict.related.first?.location.file.hasSuffix("main.yaml") == true)
    }

    @Test func includeCycleIsReported() throws {
        _ = try write("a.yaml", "include: [main.yaml]\n")
        let main = try write("main.yaml", "include: [a.yaml]\n" + ExampleRegulation.base)
        let result = Checker().check(file: main)
        #expect(result.diagnostics.contains { $0.code == "R107" && $0.location.file.hasSuffix("a.yaml") })
    }

    @Test func brokenIncludedFileIsReportedAtTheIncludeWithTheProblemsPlace() throws {
        _ = try write("bad.yaml", "delivery:\n  zones: [\n")
        let main = try write("main.yaml", "include: [bad.yaml]\n" + ExampleRegulation.base)
        let result = Checker().check(file: main)
        let problem = try #require(result.diagnostics.first { $0.code == "R107" })
        #expect(problem.location.line == 1)
        #expect(problem.related.first?.location.file.hasSuffix("bad.yaml") == true)
    }

    /// A regulation names files of its own folder only: `..`, an absolute
    /// path or a symbolic link out of it is refused before anything is read,
    /// so no line of the file can reach a diagnostic.
    @Test(arguments: ["../../../../etc/shadow", "/etc/passwd", "link/passwd"])
    func anIncludeOutsideTheFolderIsRefusedUnread(include: String) throws {
        try FileManager.default.createSymbolicLink(atPath: directory.appendingPathComponent("link").path, withDestinationPath: "/etc")
        let main = ExampleRegulation.sections.map(\.yaml).joined()
        let file = try write("main.yaml", "include: [\"\(include)\"]\n" + main)
        let result = Checker().check(file: file)
        let problem = try #require(result.diagnostics.first { $0.code == "R107" }, "\(result.diagnostics)")
        #expect(problem.message == "'\(include)' is outside the regulation's folder")
        #expect(problem.location.line == 1 && problem.location.column == 11)
        #expect(!result.diagnostics.contains { $0.message.contains("root:") })
    }

    @Test func aTemplateOutsideTheFolderIsRefused() throws {
        let main = ExampleRegulation.sections.map(\.yaml).joined()
        let file = try write("main.yaml", main + "templates:\n  order-email.txt: ../../../../etc/passwd\n")
        let result = Checker().check(file: file)
        #expect(result.diagnostics.contains { $0.code == "R202" && $0.message == "template file '../../../../etc/passwd' is outside the regulation's folder" },
                "\(result.diagnostics)")
    }
}
