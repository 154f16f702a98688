import Foundation
import Synchronization

/// Counts failed logins per account and per address and refuses further
/// tries for a while past a limit (ASVS 5.0 §6.3.1). Unknown names are
/// counted like known ones, so the answer never tells them apart.
public final class LoginThrottle: Sendable {
    public struct Limits: Sendable, Equatable {
        public var perAccount: Int
        public var perAddress: Int
        public var window: TimeInterval

        public init(perAccount: Int = 5, perAddress: Int = 30, window: TimeInterval = 15 * 60) {
            self.perAccount = perAccount
            self.perAddress = perAddress
            self.window = window
        }
    }

    private let limits: Limits
    private let failures = Mutex([String: [Date]]())

    public init(limits: Limits) {
        self.limits = limits
    }

    /// Whether a login for `account` from `address` may be tried now.
    public func allows(account: String, address: String, at now: Date) -> Bool {
        failures.withLock { failures in
            count(Self.accountKey(account), in: &failures, at: now) < limits.perAccount
                && count(Self.addressKey(address), in: &failures, at: now) < limits.perAddress
        }
    }

    public func recordFailure(account: String, address: String, at now: Date) {
        failures.withLock { failures in
            failures[Self.accountKey(account), default: []].append(now)
            failures[Self.addressKey(address), default: []].append(now)
        }
    }

    /// A successful login clears the account's count (not the address's: one address may try many accounts).
    public func recordSuccess(account: String) {
        _ = failures.withLock { $0.removeValue(forKey: Self.accountKey(account)) }
    }

    private func count(_ key: String, in failures: inout [String: [Date]], at now: Date) -> Int {
        let recent = (failures[key] ?? []).filter { now.timeIntervalSince($0) < limits.window }
        failures[key] = recent.isEmpty ? nil : recent
        return recent.count
    }

    private static func accountKey(_ account: String) -> String { "account:" + account.lowercased() }
    private static func addressKey(_ address: String) -> String { "address:" + address }
}
