import Crypto
import Foundation

/// The files an owner uploads as a new version of their regulation, as the
/// page accepts them: `regulation.yaml` and the files it names (includes,
/// mail templates), each by a plain name, so nothing lands outside its draft.
struct RegulationUpload: Sendable {
    static let extensions: Set = ["yaml", "yml", "txt", "html"]
    static let fileLimit = 20

    let files: [UploadedFile]

    init(_ files: [UploadedFile]) throws(UploadProblem) {
        guard !files.isEmpty else { throw .noFiles }
        guard files.count <= Self.fileLimit else { throw .tooManyFiles(files.count) }
        var names: Set<String> = []
        for file in files {
            let name = file.name
            guard !name.contains("/"), !name.contains("\\"), !name.hasPrefix("."), !name.contains("\0"), name.count <= 100 else {
                throw .badName(name)
            }
            guard let dot = name.lastIndex(of: "."), Self.extensions.contains(name[name.index(after: dot)...].lowercased()) else {
                throw .badKind(name)
            }
            guard names.insert(name).inserted else { throw .twice(name) }
        }
        guard names.contains("regulation.yaml") else { throw .noMainFile }
        self.files = files.sorted { $0.name < $1.name }
    }

    /// The same files give the same draft.
    var digest: String {
        var hash = SHA256()
        for file in files {
            hash.update(data: Data("\(file.name)\n\(file.bytes.count)\n".utf8))
            hash.update(data: file.bytes)
        }
        return hash.finalize().prefix(12).map { String(format: "%02x", $0) }.joined()
    }
}

/// Why an upload was not taken.
enum UploadProblem: Error, Equatable {
    case noFiles
    case tooManyFiles(Int)
    case badName(String)
    case badKind(String)
    case twice(String)
    case noMainFile
}
