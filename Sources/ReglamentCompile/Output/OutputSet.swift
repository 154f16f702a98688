import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Files a command writes together into one folder: all of them appear,
/// or none does. Everything is built first and added here; `commit()`
/// writes the files into a temporary folder on the destination's file
/// system and renames each into place, so a reader sees either the old
/// file or the whole new one, and a failure at any step leaves the
/// destination as it was (files already replaced are put back, the
/// temporary folder is removed).
///
/// ```swift
/// var output = OutputSet(folder: URL(fileURLWithPath: "out/uyut"))
/// output.add("uyut.script.json", CompiledJSON.encode(compiled))
/// output.add("flow.dot", dot)
/// let written = try output.commit()   // throws(OutputError); nothing written then
/// ```
///
/// A name may hold folders (`scenarios/order.yaml`): they are made as
/// needed, and removed again when the set is not written.
/// `commit(replacing: false)` writes only where no file is yet (`reglament
/// init`): a file already there stops the whole set.
public struct OutputSet: Sendable {
    public let folder: URL
    private var files: [(name: String, data: Data)] = []

    public init(folder: URL) {
        self.folder = folder.standardizedFileURL
    }

    /// A set of one file at `path` (a report, a schema).
    public static func file(_ path: String, _ text: String) -> OutputSet {
        let url = URL(fileURLWithPath: path)
        var output = OutputSet(folder: url.deletingLastPathComponent())
        output.add(url.lastPathComponent, text)
        return output
    }

    /// One file of the set, by its name inside the folder; a name added
    /// again replaces the earlier contents.
    public mutating func add(_ name: String, _ data: Data) {
        files.removeAll { $0.name == name }
        files.append((name, data))
    }

    public mutating func add(_ name: String, _ text: String) {
        add(name, Data(text.utf8))
    }

    /// Each file's place, in the order added.
    public var destinations: [URL] { files.map { folder.appendingPathComponent($0.name) } }

    /// Writes the set; returns where each file now is, in the order added.
    /// With `replacing: false`, a file already at one of the destinations
    /// is an error and nothing is written.
    @discardableResult
    public func commit(replacing: Bool = true) throws(OutputError) -> [URL] {
        if FileManager.default.fileExists(atPath: folder.path) {
            try replaceFiles(replacing: replacing)
        } else {
            try createFolder()
        }
        return destinations
    }

    /// The folder exists: the new files are written in a temporary folder
    /// inside it (the same file system, and writable where the files go,
    /// which its parent need not be: `-o .`, `-o ~`), then renamed over
    /// the old ones one by one (or, not replacing, linked in where nothing is:
    /// link(2) refuses an existing name atomically).
    private func replaceFiles(replacing: Bool) throws(OutputError) {
        let staging = folder.appendingPathComponent(".reglament-partial-\(UUID().uuidString)", isDirectory: true)
        defer { try? FileManager.default.removeItem(at: staging) }
        try write(into: staging)
        // The files being replaced, kept beside the new ones: put back if a later rename fails.
        let previous = staging.appendingPathComponent(".previous", isDirectory: true)
        try Self.attempt(previous.path) { try FileManager.default.createDirectory(at: previous, withIntermediateDirectories: false) }
        var replaced: [(destination: URL, kept: URL?)] = []
        var madeFolders: [URL] = []
        do throws(OutputError) {
            for file in files {
                let destination = folder.appendingPathComponent(file.name)
                madeFolders += try Self.makeFolders(for: destination, inside: folder)
                if replacing {
                    let kept = try Self.keep(destination, as: previous.appendingPathComponent(file.name))
                    try Self.move(staging.appendingPathComponent(file.name), to: destination)
                    replaced.append((destination, kept))
                } else {
                    try Self.place(staging.appendingPathComponent(file.name), at: destination)
                    replaced.append((destination, nil))
                }
            }
        } catch {
            for (destination, kept) in replaced.reversed() {
                if let kept { _ = rename(kept.path, destination.path) } else { unlink(destination.path) }
            }
            for made in madeFolders.reversed() { rmdir(made.path) }
            throw error
        }
        Self.sync(folder)
    }

    /// The folders between `folder` and `destination` that are missing,
    /// made, outermost first.
    private static func makeFolders(for destination: URL, inside folder: URL) throws(OutputError) -> [URL] {
        var missing: [URL] = []
        var parent = destination.deletingLastPathComponent().standardizedFileURL
        while parent.path.count > folder.path.count, !FileManager.default.fileExists(atPath: parent.path) {
            missing.insert(parent, at: 0)
            parent = parent.deletingLastPathComponent()
        }
        for made in missing {
            guard mkdir(made.path, 0o755) == 0 else { throw .cannotWrite(path: made.path, reason: reason(errno)) }
        }
        return missing
    }

    /// The staged file at `destination`, only where no file is.
    private static func place(_ staged: URL, at destination: URL) throws(OutputError) {
        guard link(staged.path, destination.path) == 0 else {
            throw .cannotWrite(path: destination.path, reason: errno == EEXIST ? "it already exists" : reason(errno))
        }
    }

    /// A second name for the file at `destination` (a copy where the file
    /// system has no hard links); nil when there is no such file.
    private static func keep(_ destination: URL, as kept: URL) throws(OutputError) -> URL? {
        if link(destination.path, kept.path) == 0 { return kept }
        if errno == ENOENT { return nil }
        try attempt(destination.path) { try FileManager.default.copyItem(at: destination, to: kept) }
        return kept
    }

    /// The folder is missing: the whole set is written in a temporary
    /// folder beside it, which is renamed to the folder's name at the end.
    /// Parent folders created on the way are removed again on a failure.
    private func createFolder() throws(OutputError) {
        let parent = folder.deletingLastPathComponent()
        var created = parent
        while !FileManager.default.fileExists(atPath: created.deletingLastPathComponent().path), created.pathComponents.count > 1 {
            created = created.deletingLastPathComponent()
        }
        let parentWasMissing = !FileManager.default.fileExists(atPath: parent.path)
        let staging = parent.appendingPathComponent(".\(folder.lastPathComponent).reglament-partial-\(UUID().uuidString)", isDirectory: true)
        do throws(OutputError) {
            try Self.attempt(parent.path) { try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true) }
            try write(into: staging)
            try Self.move(staging, to: folder)
            Self.sync(parent)
        } catch {
            try? FileManager.default.removeItem(at: staging)
            if parentWasMissing { try? FileManager.default.removeItem(at: created) }
            throw error
        }
    }

    /// Every file into `staging` (created here), each synced to the disk
    /// before any is renamed: a crash after the rename finds whole files.
    private func write(into staging: URL) throws(OutputError) {
        try Self.attempt(staging.path) { try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: false) }
        for file in files {
            let url = staging.appendingPathComponent(file.name)
            try Self.attempt(folder.appendingPathComponent(file.name).path) {
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
                    throw OutputError.cannotWrite(path: folder.appendingPathComponent(file.name).path, reason: Self.reason(errno))
                }
                let handle = try FileHandle(forWritingTo: url)
                defer { try? handle.close() }
                try handle.write(contentsOf: file.data)
                try handle.synchronize()
            }
        }
    }

    /// rename(2): the one step that puts a file (or the new folder) in place, atomically.
    private static func move(_ source: URL, to destination: URL) throws(OutputError) {
        guard rename(source.path, destination.path) == 0 else {
            throw .cannotWrite(path: destination.path, reason: reason(errno))
        }
    }

    /// The folder's entries to the disk, so the renames survive a crash.
    private static func sync(_ folder: URL) {
        let descriptor = open(folder.path, O_RDONLY)
        guard descriptor >= 0 else { return }
        fsync(descriptor)
        close(descriptor)
    }

    private static func attempt(_ path: String, _ body: () throws -> Void) throws(OutputError) {
        do {
            try body()
        } catch let error as OutputError {
            throw error
        } catch {
            throw .cannotWrite(path: path, reason: (error as NSError).localizedFailureReason ?? error.localizedDescription)
        }
    }

    private static func reason(_ code: Int32) -> String {
        String(cString: strerror(code))
    }
}
