import PostgresNIO
import ReglamentAccess
import ReglamentRun

extension StoreError {
    /// PostgreSQL's error as the operator reads it: the database (its URL
    /// without the password) and what went wrong, by SQLSTATE class. Never
    /// the statement, its values, or the server's detail line (which may quote a value).
    init(_ error: PSQLError, location: String) {
        guard error.code == .server else {
            self = switch error.code {
            case .poolClosed, .clientClosedConnection: .failed(path: location, reason: "the store was closed")
            case .serverClosedConnection:
                .failed(path: location, reason: "the server closed the connection (restarted, or stopped); try again")
            case .authMechanismRequiresPassword, .unsupportedAuthMechanism, .saslError:
                .cannotOpen(path: location, reason: "the server wants a password (postgres://USER:PASSWORD@…) or another way to log in")
            case .sslUnsupported: .cannotOpen(path: location, reason: "the server does not speak TLS, and sslmode=require asks for it")
            default: .cannotOpen(path: location, reason: "no PostgreSQL answers there (is it running, and are the host and port right?)")
            }
            return
        }
        let state = error.serverInfo?[.sqlState] ?? ""
        let message = error.serverInfo?[.message] ?? "error \(state)"
        self = switch state.prefix(2) {
        case "08": .cannotOpen(path: location, reason: "the connection failed: \(message)")
        case "28": .cannotOpen(path: location, reason: "the server refused the login: \(message)")
        case "3D": .cannotOpen(path: location, reason: "no such database: \(message)")
        case "53": state == "53100" ? .failed(path: location, reason: "the disk is full") : .failed(path: location, reason: message)
        case "55", "57", "40": state == "55P03" || state == "57014" ? .busy(path: location, seconds: 0) : .failed(path: location, reason: message)
        case "42" where state == "42501": .failed(path: location, reason: "no permission: \(message)")
        // The server's own message names the rule, the table or the constraint, never a value.
        default: .failed(path: location, reason: message)
        }
    }

    /// Whatever a query threw, as the store says it: its own errors as they
    /// are, PostgreSQL's mapped, a transaction's unwrapped to the error inside.
    static func from(_ error: any Error, location: String) -> any Error {
        switch error {
        case is StoreError, is AccessError: return error
        case let error as PSQLError: return StoreError(error, location: location)
        case let error as PostgresTransactionError:
            if let inner = error.closureError ?? error.beginError ?? error.commitError { return from(inner, location: location) }
            return StoreError.failed(path: location, reason: "a transaction failed")
        case is CancellationError: return error
        // The pool's own errors: it had no connection to give (the server went away, or too many clients).
        default: return StoreError.failed(path: location, reason: "no connection to the server (\(type(of: error)))")
        }
    }
}
