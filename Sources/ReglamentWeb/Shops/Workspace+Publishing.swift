import Foundation
import ReglamentCompile

/// A new version of a shop's regulation as its owner uploaded it: checked,
/// compared with the live one, and published only without errors.
struct DraftReview: Sendable {
    let id: String
    let files: [String]
    /// `check`'s report (nil: nothing to say).
    let report: String?
    /// What stops it going live: errors, or a regulation of another shop.
    let blocker: DraftBlocker?
    /// `reglament diff` against the live version (nil: nothing live to compare with, or it does not compile).
    let diff: String?
    /// The version it would be (nil: it does not compile).
    let version: String?
}

enum DraftBlocker: Sendable, Equatable {
    case errors
    case otherShop(String)
}

enum PublishProblem: Error, Equatable {
    case noSuchDraft
    case blocked(DraftBlocker)
    /// Publishing wrote the files, but the shop's folder did not compile to the draft (someone changed it meanwhile).
    case notLive
}

extension Workspace {
    func saveDraft(_ upload: RegulationUpload, shop: ServedShop) throws -> String {
        try archive.saveDraft(upload, shop: shop.id)
    }

    func review(draft id: String, of shop: ServedShop) -> DraftReview? {
        guard let main = archive.draftMainFile(id, shop: shop.id) else { return nil }
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: main.deletingLastPathComponent().path)) ?? []).sorted()
        switch build(main, at: Date()) {
        case .failed(_, let problems):
            return DraftReview(id: id, files: files, report: problems, blocker: .errors, diff: nil, version: nil)
        case .built(let version, _):
            let compiled = version.compiled
            let report = version.diagnostics.isEmpty ? nil : Self.report(version.diagnostics, folder: main.deletingLastPathComponent())
            let blocker: DraftBlocker? = compiled.shop.id == shop.id ? nil : .otherShop(compiled.shop.id)
            let diff = shop.live.map { DiffReport.text(RegulationDiff(old: $0.compiled, new: compiled)) }
            return DraftReview(id: id, files: files, report: report, blocker: blocker, diff: diff, version: compiled.version)
        }
    }

    /// Puts the draft's files in the shop's folder and serves them. The version
    /// that was live stays in the archive (calls on it go on); the shop's other
    /// files (scenarios, a file the new version no longer includes) stay too.
    func publish(draft id: String, of shop: ServedShop, at now: Date) throws(PublishProblem) -> ShopVersion {
        guard let review = review(draft: id, of: shop), let main = archive.draftMainFile(id, shop: shop.id) else { throw .noSuchDraft }
        if let blocker = review.blocker { throw .blocked(blocker) }
        let draftFolder = main.deletingLastPathComponent()
        do {
            for name in review.files {
                let text = try Data(contentsOf: draftFolder.appendingPathComponent(name))
                // Each file replaced in one rename; the watcher compiles the folder once it has them all.
                try text.write(to: shop.folder.appendingPathComponent(name), options: .atomic)
            }
        } catch {
            throw .notLive
        }
        refresh(at: now)
        guard let live = self.shop(shop.id)?.live, live.id == review.version else { throw .notLive }
        return live
    }
}
