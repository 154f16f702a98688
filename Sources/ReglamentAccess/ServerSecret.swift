import Crypto
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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
        try create(at: path)
        guard let data = FileManager.default.contents(atPath: path) else { throw .badSecret(path: path, reason: "it cannot be read") }
        guard data.count == size else { throw .badSecret(path: path, reason: "it holds \(data.count) bytes, not \(size)") }
        return ServerSecret(bytes: Array(data))
    }

    /// Makes the file unless it exists, with mode 0600 from its first moment
    /// (open(2) with O_EXCL: FileManager's writes make a file others may read
    /// before its permissions are set, and two commands starting together
    /// would each write a secret of their own).
    private static func create(at path: String) throws(AccessError) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            if errno == EEXIST { return }
            throw .badSecret(path: path, reason: String(cString: strerror(errno)))
        }
        defer { close(descriptor) }
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<size).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        guard bytes.withUnsafeBytes({ write(descriptor, $0.baseAddress, size) }) == size else {
            unlink(path)
            throw .badSecret(path: path, reason: "it cannot be written")
        }
    }

    /// Where the secret of a call database lives: beside it, `PATH.secret`.
    public static func path(besideDatabase database: String) -> String {
        database + ".secret"
    }
}
