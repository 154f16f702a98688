import ArgumentParser
import Foundation
import ReglamentAccess

/// `reglament users add|passwd|grant|revoke|list|remove`: the people who
/// log in to the web workspace, their roles and the shops granted to them,
/// in the call database. Passwords are hashed with the server's secret
/// (`PATH.secret` beside the database), never stored or printed again.
struct UsersCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "users",
        abstract: "People who log in: add, change a password, grant or revoke shops, list, remove.",
        subcommands: [Add.self, Passwd.self, Grant.self, Revoke.self, List.self, Remove.self]
    )

    struct Database: ParsableArguments {
        @OptionGroup var db: DatabaseOptions

        @Option(help: ArgumentHelp(
            "The server's secret that passwords are hashed with (default: an SQLite database's path + .secret; for PostgreSQL, reglament.secret here; made when missing).",
            valueName: "PATH"))
        var secret: String?

        /// `add` may start a new database (the first admin comes before any call); the rest need one.
        func open(creating: Bool = false) async throws -> any CallDatabase {
            try await db.open(creating: creating)
        }

        func hasher() throws -> PasswordHasher {
            PasswordHasher(secret: try ServerSecret.load(orCreateAt: secret ?? db.location().secretPath))
        }
    }

    /// The password: one line from standard input, or one made up and shown once.
    struct PasswordSource: ParsableArguments {
        @Flag(help: "Read the password from the first line of standard input instead of making one up.")
        var passwordStdin = false

        func password() throws -> (text: String, made: Bool) {
            guard passwordStdin else { return (GeneratedPassword.make(), true) }
            guard let line = readLine(strippingNewline: true) else {
                throw CommandFailure.badValue(option: "--password-stdin", value: "", expected: "a line with the password")
            }
            return (line, false)
        }
    }

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add a person with a role (admin, operator, owner, auditor) and the shops they work in.")
        @OptionGroup var database: Database
        @Argument(help: "The login: lower-case Latin letters, digits, '.', '_', '-'.", transform: UsersCommand.userName)
        var name: UserName
        @Option(help: "admin, operator, owner or auditor.")
        var role: Role
        @Option(name: .customLong("shop"), help: "A shop (its id) the person works in; repeat for several.")
        var shops: [String] = []
        @Option(help: ArgumentHelp("The name clients hear from an operator («Меня зовут Анна»); an operator needs one.", valueName: "NAME"))
        var spokenName: String?
        @OptionGroup var source: PasswordSource

        func run() async throws {
            let (password, made) = try source.password()
            let hash = try database.hasher().hash(password)
            try await database.open(creating: true).addUser(
                name, role: role, spokenName: spokenName.map { $0.trimmingCharacters(in: .whitespaces) }, passwordHash: hash, shops: shops, at: Date())
            print("added \(name) (\(role.rawValue)\(shops.isEmpty ? "" : "; shops: \(shops.sorted().joined(separator: ", "))"))")
            if made { print("password (shown once, give it to \(name) in person): \(password)") }
        }

        func validate() throws {
            if role.isLimitedToGrants, shops.isEmpty {
                throw ValidationError("an \(role.rawValue) works only in the shops granted: give at least one --shop")
            }
            if role == .operator, spokenName?.trimmingCharacters(in: .whitespaces).isEmpty ?? true {
                throw ValidationError("an operator says their name to every client: give it with --spoken-name (e.g. --spoken-name Анна)")
            }
        }
    }

    struct Passwd: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Give a person a new password.")
        @OptionGroup var database: Database
        @Argument(transform: UsersCommand.userName) var name: UserName
        @OptionGroup var source: PasswordSource

        func run() async throws {
            let store = try await database.open()
            guard try await store.user(name) != nil else { throw AccessError.noSuchUser(name.text) }
            let (password, made) = try source.password()
            try await store.setPasswordHash(try database.hasher().hash(password), of: name)
            print("new password for \(name)")
            if made { print("password (shown once): \(password)") }
        }
    }

    struct Grant: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Let a person work in more shops.")
        @OptionGroup var database: Database
        @Argument(transform: UsersCommand.userName) var name: UserName
        @Argument(help: "Shop ids.") var shops: [String]

        func run() async throws {
            try await database.open().grant(shops, to: name)
            print("\(name) now works in \(shops.sorted().joined(separator: ", "))")
        }
    }

    struct Revoke: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Take shops away from a person.")
        @OptionGroup var database: Database
        @Argument(transform: UsersCommand.userName) var name: UserName
        @Argument(help: "Shop ids.") var shops: [String]

        func run() async throws {
            try await database.open().revoke(shops, from: name)
            print("\(name) no longer works in \(shops.sorted().joined(separator: ", "))")
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Everyone with their role and shops (never a password or its hash).")
        @OptionGroup var database: Database

        func run() async throws {
            let users = try await database.open().users()
            if users.isEmpty { print("No users yet: reglament users add NAME --role admin"); return }
            for user in users {
                let shops = user.role.isLimitedToGrants ? user.shops.joined(separator: ",") : "all shops"
                print("\(user.name)\t\(user.role.rawValue)\t\(shops.isEmpty ? "no shops" : shops)")
            }
        }
    }

    struct Remove: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Remove a person and their grants.")
        @OptionGroup var database: Database
        @Argument(transform: UsersCommand.userName) var name: UserName

        func run() async throws {
            try await database.open().removeUser(name)
            print("removed \(name)")
        }
    }

    static func userName(_ text: String) throws -> UserName {
        do {
            return try UserName(parsing: text)
        } catch {
            throw ValidationError("\(error)")
        }
    }
}

extension Role: ExpressibleByArgument {}
