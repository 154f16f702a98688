import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A throw-away PostgreSQL 15 for the tests: `initdb` into a temporary
/// folder, started on a free loopback port (its socket in that folder too),
/// a fresh database for every test that asks, and stopped when the test
/// process ends. A real server, as production runs it: no mock.
///
/// initdb refuses to run as root; as root (CI, this machine) the cluster is
/// the `postgres` user's (made by Debian's package), its folder handed to it.
/// The binaries are `/usr/lib/postgresql/15/bin` (or `REGLAMENT_PG_BIN`);
/// `scripts/bootstrap --tests` installs them.
public actor PostgresCluster {
    public static let shared = PostgresCluster()

    public struct Unavailable: Error, CustomStringConvertible {
        public let description: String
    }

    private var started: (folder: String, port: Int)?
    private var databases = 0

    /// `postgres://postgres@127.0.0.1:PORT/NAME` of a new, empty database.
    public func newDatabase() throws -> String {
        let (folder, port) = try start()
        databases += 1
        let name = "reglament_test_\(getpid())_\(databases)"
        try Self.run(Self.binary("createdb"), ["-h", folder, "-p", "\(port)", "-U", "postgres", name])
        return "postgres://postgres@127.0.0.1:\(port)/\(name)"
    }

    /// The port the cluster listens on, started if it is not yet.
    public func port() throws -> Int { try start().port }

    private func start() throws -> (folder: String, port: Int) {
        if let started { return started }
        let initdb = Self.binary("initdb")
        guard FileManager.default.isExecutableFile(atPath: initdb) else {
            throw Unavailable(description: "no PostgreSQL 15 at \(initdb): run `bash scripts/bootstrap --tests` (it installs postgresql-15)")
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("reglament-pg-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        if getuid() == 0 {
            try Self.run("chown", ["postgres:postgres", folder])
        }
        let data = folder + "/data"
        // Trust on the loopback and the socket only: the cluster lives as long as the tests.
        try Self.run(initdb, ["-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-sync"])
        let port = try Self.freePort()
        try Self.run(Self.binary("pg_ctl"), [
            "-D", data, "-l", folder + "/server.log", "-w", "-t", "60",
            "-o", "-c listen_addresses=127.0.0.1 -p \(port) -c unix_socket_directories=\(folder) -c max_connections=300",
            "start",
        ])
        PostgresCluster.dataFolder = data
        atexit {
            // The cluster goes with the test process (an immediate stop: nothing in it is kept).
            guard let data = PostgresCluster.dataFolder else { return }
            _ = try? PostgresCluster.run(PostgresCluster.binary("pg_ctl"), ["-D", data, "-m", "immediate", "-w", "stop"])
            try? FileManager.default.removeItem(atPath: (data as NSString).deletingLastPathComponent)
        }
        started = (folder, port)
        return (folder, port)
    }

    nonisolated(unsafe) private static var dataFolder: String?

    static func binary(_ name: String) -> String {
        (ProcessInfo.processInfo.environment["REGLAMENT_PG_BIN"] ?? "/usr/lib/postgresql/15/bin") + "/" + name
    }

    /// Runs a PostgreSQL tool, as the `postgres` user when this process is root.
    @discardableResult
    static func run(_ tool: String, _ arguments: [String]) throws -> String {
        let asOwner = getuid() == 0 && tool.hasPrefix("/")
        let result = try ChildProcess.run(asOwner ? "runuser" : tool, asOwner ? ["-u", "postgres", "--", tool] + arguments : arguments, directory: "/")
        guard result.status == 0 else {
            throw Unavailable(description: "\((tool as NSString).lastPathComponent) failed (\(result.status)):\n\(result.combined.suffix(2000))")
        }
        return result.combined
    }

    /// A loopback port nothing listens on now (the kernel's pick for port 0).
    static func freePort() throws -> Int {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { throw Unavailable(description: "no socket for a free port") }
        defer { close(socket) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(socket, $0, length) == 0 && getsockname(socket, $0, &length) == 0 }
        }
        guard bound else { throw Unavailable(description: "no free loopback port") }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}
