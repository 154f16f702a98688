import Crypto
import Foundation

/// The key passwords are peppered with (`PasswordHasher`): 32 random
/// bytes in a file of its own beside the call database, readable by its
/// owner only, made on first use. It is not in the database, so a copy of
/// the database alone does not give it away.
public struct ServerSecret: Sendable {
    public static let size = 32
    /// Bytes, not a `SymmetricKey`: a key is not `Sendable`, and one is made per use.
    let bytes: [UInt8]

    public init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    var key: SymmetricKey { SymmetricKey(data: bytes) }

    /// The secret in `path`, made there when the file does not exist.
    public static func load(orCreateAt path: String) throws(AccessError) -> ServerSecret {
        let manager = FileManager.default
        if !manager.fileExists(atPath: path) {
            var generator = SystemRandomNumberGenerator()
            let bytes = (0..<size).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
            // Made with its final permissions, never readable by others even for a moment.
            guard manager.createFile(atPath: path, contents: Data(bytes), attributes: [.posixPermissions: 0o600]) else {
                throw .badSecret(path: path, reason: "it cannot be written")
            }
        }
        guard let data = manager.contents(atPath: path) else { throw .badSecret(path: path, reason: "it cannot be read") }
        guard data.count == size else { throw .badSecret(path: path, reason: "it holds \(data.count) bytes, not \(size)") }
        return ServerSecret(bytes: Array(data))
    }

    /// Where the secret of a call database lives: beside it, `PATH.secret`.
    public static func path(besideDatabase database: String) -> String {
        database + ".secret"
    }
}
