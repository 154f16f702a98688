import Foundation
import ReglamentModel

/// What the workspace keeps beside the live files: every version it has
/// served, so a call resumes on its own version after a restart, and the
/// drafts owners upload before they go live. Both live in
/// `DIR/.reglament/SHOP/` (`versions/HASH/`, `drafts/ID/`), which the folder
/// walk passes over: it has no `regulation.yaml` of its own.
struct ShopArchive: Sendable {
    let root: URL

    init(regulations folder: URL) {
        root = folder.appendingPathComponent(".reglament", isDirectory: true)
    }

    /// A version's files, copied once with their paths relative to the main file.
    func keep(version: String, shop: String, mainFile: String, files: [String]) throws {
        let target = versionFolder(version, shop: shop)
        guard !FileManager.default.fileExists(atPath: target.path) else { return }
        let folder = URL(fileURLWithPath: mainFile).deletingLastPathComponent().standardizedFileURL.path
        let staging = target.deletingLastPathComponent().appendingPathComponent(".\(version).\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: staging) }
        for file in Set(files) {
            let path = URL(fileURLWithPath: file).standardizedFileURL.path
            // Only files inside the shop's folder are the regulation's (RegulationFolder makes them so).
            guard path.hasPrefix(folder + "/") else { continue }
            let copy = staging.appendingPathComponent(String(path.dropFirst(folder.count + 1)))
            try FileManager.default.createDirectory(at: copy.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.copyItem(atPath: path, toPath: copy.path)
        }
        // One rename: a half-copied version is never found.
        try FileManager.default.moveItem(at: staging, to: target)
    }

    /// The main file of a kept version, whichever shop it belongs to.
    func mainFile(ofVersion version: String) -> URL? {
        guard Self.isPlainName(version) else { return nil }
        for shop in (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? [] {
            let main = root.appendingPathComponent(shop).appendingPathComponent("versions").appendingPathComponent(version)
                .appendingPathComponent("regulation.yaml")
            if FileManager.default.fileExists(atPath: main.path) { return main }
        }
        return nil
    }

    /// The shop's kept versions, newest first.
    func versions(shop: String) -> [KeptVersion] {
        let folder = root.appendingPathComponent(shop).appendingPathComponent("versions")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { !$0.hasPrefix(".") }.compactMap { name in
            let attributes = try? FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent(name).path)
            return (attributes?[.creationDate] as? Date ?? attributes?[.modificationDate] as? Date).map { KeptVersion(id: name, keptAt: $0) }
        }.sorted { $0.keptAt > $1.keptAt }
    }

    /// Writes an owner's upload as a draft; returns its id (the same files give the same id).
    /// Drafts a month old go: a published one lives on among the versions.
    func saveDraft(_ upload: RegulationUpload, shop: String, at now: Date = Date()) throws -> String {
        let drafts = root.appendingPathComponent(shop).appendingPathComponent("drafts")
        for name in (try? FileManager.default.contentsOfDirectory(atPath: drafts.path)) ?? [] {
            let old = drafts.appendingPathComponent(name)
            let made = (try? FileManager.default.attributesOfItem(atPath: old.path))?[.modificationDate] as? Date ?? now
            if now.timeIntervalSince(made) > 30 * 24 * 3600 { try? FileManager.default.removeItem(at: old) }
        }
        let id = upload.digest
        let folder = draftFolder(id, shop: shop)
        try? FileManager.default.removeItem(at: folder)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for file in upload.files {
            try Data(file.bytes).write(to: folder.appendingPathComponent(file.name), options: .atomic)
        }
        return id
    }

    /// The main file of a draft; nil for an id that is not one.
    func draftMainFile(_ id: String, shop: String) -> URL? {
        guard Self.isPlainName(id) else { return nil }
        let main = draftFolder(id, shop: shop).appendingPathComponent("regulation.yaml")
        return FileManager.default.fileExists(atPath: main.path) ? main : nil
    }

    func draftFolder(_ id: String, shop: String) -> URL {
        root.appendingPathComponent(shop).appendingPathComponent("drafts").appendingPathComponent(id)
    }

    private func versionFolder(_ version: String, shop: String) -> URL {
        root.appendingPathComponent(shop).appendingPathComponent("versions").appendingPathComponent(version)
    }

    /// An id from a URL names one folder: letters and digits only.
    private static func isPlainName(_ text: String) -> Bool {
        !text.isEmpty && text.count <= 64 && text.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
    }
}

/// A version the archive holds, and when it was kept.
struct KeptVersion: Sendable, Equatable {
    let id: String
    let keptAt: Date
}
