import Foundation
import ReglamentCompile
import Testing

/// Files written together, on a real file system: all of them or none.
struct OutputSetTests {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("reglament-outputset-\(UUID().uuidString)")

    private func entries(_ folder: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
    }

    @Test func aMissingFolderIsCreatedWithEveryFile() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        var output = OutputSet(folder: root.appendingPathComponent("a/b/out"))
        output.add("one.txt", "1")
        output.add("two.txt", "2")
        let written = try output.commit()
        #expect(written.map(\.lastPathComponent) == ["one.txt", "two.txt"])
        #expect(entries(root.appendingPathComponent("a/b/out")) == ["one.txt", "two.txt"])
        #expect(entries(root.appendingPathComponent("a/b")) == ["out"], "no temporary folder beside it")
        #expect(try String(contentsOf: written[1], encoding: .utf8) == "2")
    }

    @Test func filesInAnExistingFolderAreReplacedAndOthersKept() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try Data("old".utf8).write(to: root.appendingPathComponent("one.txt"))
        try Data("mine".utf8).write(to: root.appendingPathComponent("notes.txt"))
        var output = OutputSet(folder: root)
        output.add("one.txt", "new")
        try output.commit()
        #expect(entries(root) == ["notes.txt", "one.txt"], "no temporary folder left inside")
        #expect(try String(contentsOf: root.appendingPathComponent("one.txt"), encoding: .utf8) == "new")
        #expect(try String(contentsOf: root.appendingPathComponent("notes.txt"), encoding: .utf8) == "mine")
    }

    @Test func aFailureInAMissingFolderLeavesNoFolderBehind() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        // A name too long for a file: the second file fails after the first was written.
        var output = OutputSet(folder: root.appendingPathComponent("new/out"))
        output.add("one.txt", "1")
        output.add(String(repeating: "x", count: 300) + ".txt", "2")
        #expect(throws: OutputError.self) { try output.commit() }
        #expect(entries(root).isEmpty, "neither the folder, nor its new parent, nor a temporary folder")
    }

    @Test func aFailureInAnExistingFolderPutsEveryFileBack() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root.appendingPathComponent("two.txt/inside"), withIntermediateDirectories: true)
        try Data("old".utf8).write(to: root.appendingPathComponent("one.txt"))
        var output = OutputSet(folder: root)
        output.add("zero.txt", "0")
        output.add("one.txt", "new")
        // A folder stands where two.txt goes: its rename fails after the first two.
        output.add("two.txt", "2")
        #expect(throws: OutputError.self) { try output.commit() }
        #expect(entries(root) == ["one.txt", "two.txt"], "zero.txt taken away again, no temporary folder")
        #expect(try String(contentsOf: root.appendingPathComponent("one.txt"), encoding: .utf8) == "old")
    }

    @Test func theErrorNamesTheFileAndWhy() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try Data("a file".utf8).write(to: root.appendingPathComponent("taken"))
        var output = OutputSet(folder: root.appendingPathComponent("taken/out"))
        output.add("one.txt", "1")
        do {
            try output.commit()
            Issue.record("a file stands where a folder must be")
        } catch {
            #expect(error.description.hasPrefix("cannot write '\(root.appendingPathComponent("taken").path)"), "\(error)")
        }
        #expect(entries(root) == ["taken"])
    }

    @Test func aNameWithFoldersHasThemMade() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        var fresh = OutputSet(folder: root.appendingPathComponent("new"))
        fresh.add("scenarios/order.yaml", "1")
        try fresh.commit()
        #expect(entries(root.appendingPathComponent("new/scenarios")) == ["order.yaml"])
        var existing = OutputSet(folder: root.appendingPathComponent("new"))
        existing.add("more/deep/two.txt", "2")
        try existing.commit()
        #expect(try String(contentsOf: root.appendingPathComponent("new/more/deep/two.txt"), encoding: .utf8) == "2")
        #expect(entries(root.appendingPathComponent("new")) == ["more", "scenarios"], "no temporary folder left inside")
    }

    /// `init`'s way: a file already there stops the set, and what was
    /// placed before it, folders too, is taken away again.
    @Test func notReplacingRefusesAnExistingFileAndWritesNothing() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try Data("mine".utf8).write(to: root.appendingPathComponent("regulation.yaml"))
        var output = OutputSet(folder: root)
        output.add("scenarios/order.yaml", "1")
        output.add("regulation.yaml", "new")
        #expect(throws: OutputError.cannotWrite(path: root.appendingPathComponent("regulation.yaml").path, reason: "it already exists")) {
            try output.commit(replacing: false)
        }
        #expect(entries(root) == ["regulation.yaml"], "the scenarios folder made on the way is gone, no temporary folder")
        #expect(try String(contentsOf: root.appendingPathComponent("regulation.yaml"), encoding: .utf8) == "mine")
        try FileManager.default.removeItem(at: root.appendingPathComponent("regulation.yaml"))
        try output.commit(replacing: false)
        #expect(entries(root) == ["regulation.yaml", "scenarios"])
    }
}
