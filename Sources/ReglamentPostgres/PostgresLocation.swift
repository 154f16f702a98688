import Foundation

/// Where a PostgreSQL call database is, read from a URL:
/// `postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE`, or
/// `postgres://USER@/DATABASE?host=/run/postgresql` for a Unix socket's
/// folder (as libpq writes it); `?sslmode=disable|prefer|require` (default prefer).
/// `description` never shows the password: it is what messages name.
public struct PostgresLocation: Sendable, Equatable, CustomStringConvertible {
    public enum Endpoint: Sendable, Equatable {
        case tcp(host: String, port: Int)
        /// The socket file itself (`FOLDER/.s.PGSQL.PORT`).
        case socket(path: String)
    }

    public enum TLSMode: String, Sendable, Equatable {
        case disable, prefer, require
    }

    public var endpoint: Endpoint
    public var user: String
    public var password: String?
    public var database: String
    public var tls: TLSMode

    public init(endpoint: Endpoint, user: String, password: String? = nil, database: String, tls: TLSMode = .prefer) {
        self.endpoint = endpoint
        self.user = user
        self.password = password
        self.database = database
        self.tls = tls
    }

    /// Why a URL is not a PostgreSQL location, in one line.
    public struct Problem: Error, Sendable, Equatable, CustomStringConvertible {
        public let reason: String
        public var description: String { reason }
    }

    /// Whether `text` is meant as PostgreSQL at all (its scheme), good or bad.
    public static func isPostgresURL(_ text: String) -> Bool {
        text.hasPrefix("postgres://") || text.hasPrefix("postgresql://")
    }

    public init(url text: String) throws(Problem) {
        guard Self.isPostgresURL(text), let url = URLComponents(string: text) else {
            throw Problem(reason: "not a URL of the form postgres://USER@HOST:PORT/DATABASE")
        }
        guard let user = url.percentEncodedUser.flatMap({ $0.removingPercentEncoding }), !user.isEmpty else {
            throw Problem(reason: "no user: write postgres://USER@HOST:PORT/DATABASE")
        }
        let database = String(url.percentEncodedPath.drop { $0 == "/" }).removingPercentEncoding ?? ""
        guard !database.isEmpty, !database.contains("/") else {
            throw Problem(reason: "no database name: write postgres://USER@HOST:PORT/DATABASE")
        }
        var socketFolder: String?
        var tls = TLSMode.prefer
        for item in url.queryItems ?? [] {
            switch item.name {
            case "host": socketFolder = item.value
            case "sslmode":
                guard let mode = item.value.flatMap(TLSMode.init(rawValue:)) else {
                    throw Problem(reason: "sslmode '\(item.value ?? "")' is not one of disable, prefer, require")
                }
                tls = mode
            default: throw Problem(reason: "unknown parameter '\(item.name)' (known: host, sslmode)")
            }
        }
        let port = url.port ?? 5432
        guard (1...65535).contains(port) else { throw Problem(reason: "port \(port) is out of range") }
        if let socketFolder, socketFolder.hasPrefix("/") {
            endpoint = .socket(path: "\(socketFolder)/.s.PGSQL.\(port)")
        } else if let host = url.host, !host.isEmpty {
            endpoint = .tcp(host: host, port: port)
        } else {
            throw Problem(reason: "no host: write postgres://USER@HOST:PORT/DATABASE (or ?host=/socket/folder)")
        }
        self.user = user
        password = url.percentEncodedPassword?.removingPercentEncoding
        self.database = database
        self.tls = tls
    }

    public var description: String {
        switch endpoint {
        case .tcp(let host, let port): "postgres://\(user)@\(host.contains(":") ? "[\(host)]" : host):\(port)/\(database)"
        case .socket(let path): "postgres://\(user)@/\(database)?host=\((path as NSString).deletingLastPathComponent)"
        }
    }
}
