#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The one rule of which files a regulation may name (`include:`,
/// `templates:`): those inside the main file's folder, once every `..` and
/// symbolic link is resolved. A regulation comes from a shop owner; it must
/// not make reglament read, print or mail `/etc/shadow`.
public enum RegulationFolder {
    /// Whether `path` lies inside the folder of `mainFile`.
    public static func contains(_ path: String, mainFile: String) -> Bool {
        let folder = FilePathText.folder(of: mainFile)
        guard let root = resolved(folder.isEmpty ? "." : folder) else { return false }
        // A file that does not exist yet is judged by its folder (its absence is reported on its own).
        guard let target = resolved(path) ?? resolved(FilePathText.folder(of: path).isEmpty ? "." : FilePathText.folder(of: path))
            .map({ $0 + "/" + FilePathText.name(of: path) })
        else { return false }
        return root == "/" || target.hasPrefix(root + "/")
    }

    public static let hint = "a regulation names only files in its own folder or below it: copy the file there and name it relative to regulation.yaml"

    private static func resolved(_ path: String) -> String? {
        guard let pointer = realpath(path, nil) else { return nil }
        defer { free(pointer) }
        return String(cString: pointer)
    }
}
