/// The folder and name parts of a file path, read from its text.
///
/// Why not `NSString`'s path methods: on Linux, Foundation's
/// `deletingLastPathComponent` traps on a one-character path such as `x`,
/// a perfectly good file name for a regulation.
public enum FilePathText {
    /// The folder a path is in, without the final `/`; empty for a bare name.
    public static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// The last part of a path: the file's own name.
    public static func name(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return path }
        return String(path[path.index(after: slash)...])
    }

    /// `path` as seen from the folder `file` is in; absolute paths as they are.
    public static func resolve(_ path: String, relativeTo file: String) -> String {
        if path.hasPrefix("/") { return path }
        guard let slash = file.lastIndex(of: "/") else { return path }
        return String(file[...slash]) + path
    }
}
