import Foundation

/// Where Reglament's own Mustache templates are: the package's `Templates/`
/// when this was built from source, else `Templates/` in the current directory.
public enum TemplateFolder {
    public static func locate(containing name: String) -> URL {
        let package = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Templates", isDirectory: true)
        if FileManager.default.fileExists(atPath: package.appendingPathComponent(name).path) {
            return package
        }
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent("Templates", isDirectory: true)
    }
}
