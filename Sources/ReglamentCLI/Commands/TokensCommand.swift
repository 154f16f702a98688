import ArgumentParser
import Foundation
import ReglamentAccess

/// `reglament tokens add|list|revoke`: the tokens the telephone system
/// announces calls with (`POST /api/v1/calls`). A token is shown once, when
/// made; the database keeps its hash.
struct TokensCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tokens",
        abstract: "API tokens for the telephone system's screen pops: add, list, revoke.",
        subcommands: [Add.self, List.self, Revoke.self]
    )

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Make a token; it is shown once.")
        @OptionGroup var database: DatabaseOptions
        @Argument(help: "What the token is for, e.g. 'Asterisk, office 1'.") var label: String

        func run() async throws {
            let (id, token) = APIToken.make()
            try await database.open(creating: true).addToken(APIToken(id: id, label: label, createdAt: Date()), hash: APIToken.hash(token))
            print("added token \(id) (\(label))")
            print("token (shown once, give it to the telephone system): \(token)")
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Every token by its id and label (never the token).")
        @OptionGroup var database: DatabaseOptions

        func run() async throws {
            let tokens = try await database.open().tokens()
            if tokens.isEmpty { print("No tokens yet: reglament tokens add LABEL"); return }
            for token in tokens {
                print("\(token.id)\t\(token.label)\t\(token.revokedAt == nil ? "active" : "revoked")")
            }
        }
    }

    struct Revoke: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Refuse a token from now on.")
        @OptionGroup var database: DatabaseOptions
        @Argument(help: "The token's id (as `list` shows it).") var id: String

        func run() async throws {
            guard try await database.open().revokeToken(id: id, at: Date()) else {
                throw CommandFailure.badValue(option: "id", value: id, expected: "an active token's id (see `reglament tokens list`)")
            }
            print("revoked token \(id)")
        }
    }
}
