import Crypto
import Foundation
import HummingbirdBcrypt

/// Hashes and checks passwords: bcrypt over an HMAC-SHA256 of the password
/// under the server's secret. bcrypt alone reads only the first 72 bytes
/// (36 Cyrillic letters) and stops at a NUL; the HMAC makes every password
/// 44 ASCII bytes that depend on all of it, and a stolen database alone
/// cannot be attacked without the secret (a "pepper", kept apart from it).
/// bcrypt is slow on purpose: callers on an event loop run it elsewhere.
public struct PasswordHasher: Sendable {
    /// bcrypt's cost: 2^cost rounds. ASVS asks for at least 10.
    public static let defaultCost: UInt8 = 12
    public static let lowestCost: UInt8 = 10

    private let secret: ServerSecret
    public let cost: UInt8

    public init(secret: ServerSecret, cost: UInt8 = defaultCost) {
        self.secret = secret
        self.cost = max(cost, Self.lowestCost)
    }

    /// The hash to store, after the policy's check.
    public func hash(_ password: String) throws(AccessError) -> String {
        try PasswordPolicy.check(password)
        return Bcrypt.hash(peppered(password), cost: cost)
    }

    public func verify(_ password: String, against stored: String) -> Bool {
        Bcrypt.verify(peppered(password), hash: stored)
    }

    private func peppered(_ password: String) -> String {
        Data(HMAC<SHA256>.authenticationCode(for: Data(password.utf8), using: secret.key)).base64EncodedString()
    }
}
