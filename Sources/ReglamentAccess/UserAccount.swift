import Foundation

/// A person who may log in, with their role and the shops granted to them.
/// The password's hash stays in the store: an account as listed never has it.
public struct UserAccount: Sendable, Equatable {
    public var name: UserName
    public var role: Role
    /// The name clients hear («Меня зовут Анна»): the login is Latin and not a name. An operator needs one.
    public var spokenName: String?
    /// The workspace's language this person chose; nil: the regulation's.
    public var language: InterfaceLanguage?
    /// Shop ids, sorted; an admin needs none.
    public var shops: [String]
    public var createdAt: Date

    public init(name: UserName, role: Role, spokenName: String? = nil, language: InterfaceLanguage? = nil, shops: [String], createdAt: Date) {
        self.name = name
        self.role = role
        self.spokenName = spokenName
        self.language = language
        self.shops = shops.sorted()
        self.createdAt = createdAt
    }

    /// Whether the person may work in `shop`.
    public func mayWork(in shop: String) -> Bool {
        !role.isLimitedToGrants || shops.contains(shop)
    }
}

/// Where people and their grants are kept (the call database).
public protocol UserStore: Sendable {
    func addUser(_ name: UserName, role: Role, spokenName: String?, passwordHash: String, shops: [String], at now: Date) async throws
    func setPasswordHash(_ hash: String, of name: UserName) async throws
    func setSpokenName(_ spokenName: String?, of name: UserName) async throws
    func setLanguage(_ language: InterfaceLanguage?, of name: UserName) async throws
    func grant(_ shops: [String], to name: UserName) async throws
    func revoke(_ shops: [String], from name: UserName) async throws
    func removeUser(_ name: UserName) async throws
    func users() async throws -> [UserAccount]
    func user(_ name: UserName) async throws -> UserAccount?
    /// The stored hash, for a login to check against.
    func passwordHash(of name: UserName) async throws -> String?
}
