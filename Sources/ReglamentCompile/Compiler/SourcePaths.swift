import ReglamentDiagnostics
import ReglamentModel

/// Writes locations relative to the main file's folder, so compiled output
/// is the same on every machine and in every checkout.
struct SourcePaths {
    let folder: String

    init(mainFile: String) {
        folder = FilePathText.folder(of: mainFile)
    }

    func relative(_ file: String) -> String {
        guard !folder.isEmpty, file.hasPrefix(folder + "/") else { return FilePathText.name(of: file) }
        return String(file.dropFirst(folder.count + 1))
    }

    func describe(_ location: SourceLocation) -> String {
        "\(relative(location.file)):\(location.line):\(location.column)"
    }
}
