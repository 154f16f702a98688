import Foundation
import ReglamentCompile
import ReglamentDiagnostics
import ReglamentRun
import Synchronization

/// Every shop of a regulations folder (`DIR/*/regulation.yaml`), compiled
/// at start and again when its files change. New calls run on a shop's
/// newest version without errors; a call in progress keeps the version it
/// began on (its record holds the hash).
public final class Workspace: Sendable {
    public typealias RunnerFactory = @Sendable (CompiledRegulation) throws -> CallRunner

    public let folder: URL
    private let makeRunner: RunnerFactory
    private let state = Mutex(State())

    private struct State {
        var shops: [String: ServedShop] = [:]
        /// Every version compiled since the server started, by hash.
        var versions: [String: ShopVersion] = [:]
        /// Each shop folder's files as last compiled (path → modification time and size).
        var fingerprints: [String: [String: String]] = [:]
    }

    public init(folder: URL, makeRunner: @escaping RunnerFactory) {
        self.folder = folder
        self.makeRunner = makeRunner
    }

    /// The shops, by name.
    public var shops: [ServedShop] {
        state.withLock { Array($0.shops.values) }.sorted { ($0.name, $0.id) < ($1.name, $1.id) }
    }

    public func shop(_ id: String) -> ServedShop? {
        state.withLock { $0.shops[id] }
    }

    public func version(_ hash: String) -> ShopVersion? {
        state.withLock { $0.versions[hash] }
    }

    /// Compiles the shop folders whose files changed since the last look (all of them the first time).
    /// Returns the ids of the shops it compiled.
    @discardableResult
    public func refresh(at now: Date = Date()) -> [String] {
        let folders = (try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)) ?? []
        var compiled: [String] = []
        for shopFolder in folders.sorted(by: { $0.path < $1.path }) {
            let main = shopFolder.appendingPathComponent("regulation.yaml")
            guard FileManager.default.fileExists(atPath: main.path) else { continue }
            let fingerprint = Self.fingerprint(of: shopFolder)
            if state.withLock({ $0.fingerprints[shopFolder.path] }) == fingerprint { continue }
            let loaded = load(main, folder: shopFolder, at: now)
            state.withLock { state in
                state.fingerprints[shopFolder.path] = fingerprint
                var shop = state.shops[loaded.id] ?? ServedShop(id: loaded.id, folder: shopFolder, live: nil, problems: nil)
                if let version = loaded.version {
                    shop.live = version
                    shop.problems = nil
                    state.versions[version.id] = version
                } else {
                    shop.problems = loaded.problems
                }
                state.shops[loaded.id] = shop
            }
            compiled.append(loaded.id)
        }
        return compiled
    }

    private func load(_ main: URL, folder: URL, at now: Date) -> (id: String, version: ShopVersion?, problems: String?) {
        let result = Compiler().compile(file: main.path)
        let id = result.regulation?.shop.id.text ?? folder.lastPathComponent
        guard let compiled = result.compiled, let regulation = result.regulation else {
            return (id, nil, Self.report(result.diagnostics))
        }
        do {
            let version = ShopVersion(
                compiled: compiled, regulation: regulation, diagnostics: result.diagnostics, runner: try makeRunner(compiled),
                faq: FAQSearch(compiled.faq), loadedAt: now)
            return (compiled.shop.id, version, nil)
        } catch {
            return (id, nil, "\(main.path): \(error)")
        }
    }

    static func report(_ diagnostics: [Diagnostic]) -> String {
        TextReporter(colors: false).report(diagnostics, sources: SourceFiles())
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
