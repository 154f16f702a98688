/// Why a change to people or their access was refused, said to the admin.
public enum AccessError: Error, Equatable, Sendable, CustomStringConvertible {
    case badUserName(String)
    case passwordTooShort(Int)
    case passwordTooLong(Int)
    case userExists(String)
    case noSuchUser(String)
    case badSecret(path: String, reason: String)

    public var description: String {
        switch self {
        case .badUserName(let name):
            "'\(name)' is not a user name: use 1–64 lower-case Latin letters, digits, '.', '_' or '-', starting with a letter or digit"
        case .passwordTooShort(let shortest): "the password is shorter than \(shortest) characters"
        case .passwordTooLong(let longest): "the password is longer than \(longest) characters"
        case .userExists(let name): "a user '\(name)' already exists"
        case .noSuchUser(let name): "there is no user '\(name)'"
        case .badSecret(let path, let reason): "the server secret \(path) cannot be used: \(reason)"
        }
    }
}
