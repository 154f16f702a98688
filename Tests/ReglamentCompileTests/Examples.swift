import Foundation

/// The example regulations of `Regulations/`, the compiler's test inputs.
enum Examples {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static var mainFiles: [String] {
        let folder = root.appendingPathComponent("Regulations")
        let shops = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return shops.sorted().map { folder.appendingPathComponent("\($0)/regulation.yaml").path }
    }

    static func file(_ shop: String) -> String {
        root.appendingPathComponent("Regulations/\(shop)/regulation.yaml").path
    }

    /// A copy of a shop's folder elsewhere, with `edit` applied to its main file.
    static func copy(_ shop: String, edit: (String) -> String = { $0 }) throws -> String {
        let target = FileManager.default.temporaryDirectory.appendingPathComponent("reglament-compile-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: root.appendingPathComponent("Regulations/\(shop)"), to: target)
        let main = target.appendingPathComponent("regulation.yaml")
        try edit(try String(contentsOf: main, encoding: .utf8)).write(to: main, atomically: true, encoding: .utf8)
        return main.path
    }
}
