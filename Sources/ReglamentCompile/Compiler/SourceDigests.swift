import Crypto
import Foundation

/// The version of a regulation: SHA-256 of each source file, and of the
/// list of those (`sha256sum` style, paths relative to the main file), so a
/// change to any file, or a file added to the includes, is a new version.
enum SourceDigests {
    static func compute(files: [String]) -> (version: String, sources: [SourceDigest]) {
        let paths = SourcePaths(mainFile: files.first ?? "")
        let sources = files.map { file in
            let bytes = FileManager.default.contents(atPath: file) ?? Data()
            return SourceDigest(path: paths.relative(file), sha256: hex(SHA256.hash(data: bytes)))
        }
        let manifest = sources.map { "\($0.sha256)  \($0.path)\n" }.joined()
        return (hex(SHA256.hash(data: Data(manifest.utf8))), sources)
    }

    private static func hex(_ digest: SHA256.Digest) -> String {
        digest.map { byte in
            let text = String(byte, radix: 16)
            return byte < 16 ? "0" + text : text
        }.joined()
    }
}
