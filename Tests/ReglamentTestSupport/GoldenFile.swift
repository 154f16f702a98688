import Foundation

/// A file holding what a user sees (a handbook, a SARIF log, a mail, an
/// audit), compared whole with what the code makes now. A change is
/// reviewed in the golden file's diff, never taken blindly:
/// `REGLAMENT_UPDATE_GOLDEN=1 swift test --filter Golden` rewrites the
/// files, and `git diff` shows what changed for the user.
public struct GoldenFile: Sendable {
    public let url: URL

    /// `name` in the `Golden` folder beside the test file that names it.
    public init(_ name: String, besides testFile: String = #filePath) {
        url = URL(fileURLWithPath: testFile).deletingLastPathComponent().appendingPathComponent("Golden/\(name)")
    }

    /// What the message of a failed comparison tells the reader to do.
    public static let howToUpdate = "review the change, then REGLAMENT_UPDATE_GOLDEN=1 swift test --filter Golden"

    public static var isUpdating: Bool { ProcessInfo.processInfo.environment["REGLAMENT_UPDATE_GOLDEN"] == "1" }

    /// The golden text to compare `actual` with; when updating, `actual` is written first.
    public func expected(_ actual: String) throws -> String {
        if Self.isUpdating {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try actual.write(to: url, atomically: true, encoding: .utf8)
        }
        return try String(contentsOf: url, encoding: .utf8)
    }

    /// The first line where `actual` and the golden text part, for a message that shows it.
    public func firstDifference(_ actual: String, _ expected: String) -> String {
        let mine = actual.components(separatedBy: "\n"), theirs = expected.components(separatedBy: "\n")
        for (number, (line, golden)) in zip(mine, theirs).enumerated() where line != golden {
            return "\(url.lastPathComponent):\(number + 1)\n  golden: \(golden)\n  now:    \(line)"
        }
        return "\(url.lastPathComponent): \(mine.count) lines now, \(theirs.count) in the golden file"
    }
}
