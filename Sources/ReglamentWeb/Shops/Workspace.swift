import Foundation
import ReglamentCompile
import ReglamentDiagnostics
import ReglamentRun
import Synchronization

/// Every shop of a regulations folder (`DIR/*/regulation.yaml`), compiled
/// at start and again when its files change. New calls run on a shop's
/// newest version without errors; a call in progress keeps the version it
/// began on (its record holds the hash). Every version served is kept in
/// the `ShopArchive`, so that holds after a restart too; an owner's new
/// version is a draft there until it is published into the shop's folder.
public final class Workspace: Sendable {
    public typealias RunnerFactory = @Sendable (CompiledRegulation) throws -> CallRunner

    public let folder: URL
    let archive: ShopArchive
    private let makeRunner: RunnerFactory
    private let state = Mutex(State())
    /// One refresh at a time: the watcher's and a publish's would otherwise compile the same files twice, in either order.
    private let refreshing = Mutex(())

    private struct State {
        var shops: [String: ServedShop] = [:]
        /// Every version compiled since the server started, by hash.
        var versions: [String: ShopVersion] = [:]
        /// Each shop folder's files as last compiled (path → modification time and size).
        var fingerprints: [String: [String: String]] = [:]
    }

    public init(folder: URL, makeRunner: @escaping RunnerFactory) {
        self.folder = folder
        self.archive = ShopArchive(regulations: folder)
        self.makeRunner = makeRunner
    }

    /// The shops, by name.
    public var shops: [ServedShop] {
        state.withLock { Array($0.shops.values) }.sorted { ($0.name, $0.id) < ($1.name, $1.id) }
    }

    public func shop(_ id: String) -> ServedShop? {
        state.withLock { $0.shops[id] }
    }

    /// The version with hash `hash`: one compiled since start, else one the archive kept.
    public func version(_ hash: String) -> ShopVersion? {
        if let known = state.withLock({ $0.versions[hash] }) { return known }
        guard let main = archive.mainFile(ofVersion: hash), case .built(let version, _) = build(main, at: Date()), version.id == hash else {
            return nil
        }
        state.withLock { $0.versions[hash] = version }
        return version
    }

    /// Compiles the shop folders whose files changed since the last look (all of them the first time).
    /// Returns the ids of the shops it compiled.
    @discardableResult
    public func refresh(at now: Date = Date()) -> [String] {
        refreshing.withLock { _ in refreshFolders(at: now) }
    }

    private func refreshFolders(at now: Date) -> [String] {
        let folders = (try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)) ?? []
        var compiled: [String] = []
        for shopFolder in folders.sorted(by: { $0.path < $1.path }) {
            let main = shopFolder.appendingPathComponent("regulation.yaml")
            guard FileManager.default.fileExists(atPath: main.path) else { continue }
            let fingerprint = Self.fingerprint(of: shopFolder)
            if state.withLock({ $0.fingerprints[shopFolder.path] }) == fingerprint { continue }
            let loaded = build(main, at: now)
            let id: String
            switch loaded {
            case .built(let version, let files):
                id = version.compiled.shop.id
                // Kept before it is served: a call begun on it can always be resumed.
                try? archive.keep(version: version.id, shop: id, mainFile: main.path, files: files)
            case .failed(let shopID, _):
                id = shopID ?? shopFolder.lastPathComponent
            }
            state.withLock { state in
                state.fingerprints[shopFolder.path] = fingerprint
                var shop = state.shops[id] ?? ServedShop(id: id, folder: shopFolder, live: nil, problems: nil)
                switch loaded {
                case .built(let version, _):
                    shop.live = version
                    shop.problems = nil
                    state.versions[version.id] = version
                case .failed(_, let problems):
                    shop.problems = problems
                }
                state.shops[id] = shop
            }
            compiled.append(id)
        }
        return compiled
    }

    /// A regulation compiled and ready to take calls, or why not.
    enum Built {
        /// With the files it was read from (the main file, its includes and its templates).
        case built(ShopVersion, files: [String])
        /// `check`'s report; the shop's id when the regulation could be read that far.
        case failed(shop: String?, problems: String)
    }

    func build(_ main: URL, at now: Date) -> Built {
        let result = Compiler().compile(file: main.path)
        let folder = main.deletingLastPathComponent()
        guard let compiled = result.compiled, let regulation = result.regulation else {
            return .failed(shop: result.regulation?.shop.id.text, problems: Self.report(result.diagnostics, folder: folder))
        }
        do {
            let version = ShopVersion(
                compiled: compiled, regulation: regulation, diagnostics: result.diagnostics, runner: try makeRunner(compiled),
                faq: FAQSearch(compiled.faq), loadedAt: now)
            let templates = (regulation.templates ?? [:]).values.map { folder.appendingPathComponent($0.value).path }
            return .built(version, files: result.files + templates)
        } catch {
            return .failed(shop: compiled.shop.id, problems: "regulation.yaml: \(error)")
        }
    }

    /// `check`'s report with each file named as the owner wrote it, relative to its regulation.yaml:
    /// where the server keeps the files is none of the page's business.
    static func report(_ diagnostics: [Diagnostic], folder: URL) -> String {
        let text = TextReporter(colors: false).report(diagnostics, sources: SourceFiles())
        return text.replacingOccurrences(of: folder.standardizedFileURL.path + "/", with: "")
    }

    /// The folder's files with their modification times and sizes: a change to any is a new version to compile.
    private static func fingerprint(of folder: URL) -> [String: String] {
        let keys: [URLResourceKey] = [.contentModificationDateKey, .fileSizeKey, .isRegularFileKey]
        guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: keys) else { return [:] }
        var found: [String: String] = [:]
        for case let file as URL in walker {
            guard let values = try? file.resourceValues(forKeys: Set(keys)), values.isRegularFile == true else { continue }
            found[file.path] = "\(values.contentModificationDate?.timeIntervalSince1970 ?? 0)/\(values.fileSize ?? 0)"
        }
        return found
    }
}
