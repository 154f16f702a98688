import ArgumentParser
import Foundation
import Logging
import ReglamentAccess
import ReglamentCompile
import ReglamentMail
import ReglamentRun
import ReglamentWeb

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "The web workspace: operators take calls in the browser, owners see their orders and messages.",
        discussion: """
            Serves every DIR/*/regulation.yaml (a shop whose regulation has errors is not served; its \\
            errors are printed as `check` prints them and shown to its owner and the admin), compiles \\
            a shop again when its files change, and sends the outbox's mail in the same process. \\
            On a database with no one in it, a first admin is made and its password shown once. \\
            SIGTERM or Ctrl-C: stops taking requests, lets the running ones finish, and stops.
            """
    )

    @Option(help: ArgumentHelp("The folder of shops, each a subfolder with its regulation.yaml.", valueName: "DIR"))
    var regulations = "Regulations"

    /// An SQLite file is created when missing; a PostgreSQL database gets its tables.
    @OptionGroup var database: DatabaseOptions

    @Option(help: ArgumentHelp(
        "The server's secret that passwords are hashed with (default: an SQLite database's path + .secret; for PostgreSQL, reglament.secret here — the same file on every server).",
        valueName: "PATH"))
    var secret: String?

    @Option(help: ArgumentHelp("Where to listen (port 0: any free port).", valueName: "HOST:PORT"))
    var listen = "127.0.0.1:8080"

    @Flag(help: "Served to browsers over HTTPS by a proxy in front: cookies are marked Secure.")
    var behindTLSProxy = false

    @Option(parsing: .unconditional, help: ArgumentHelp("Log out after this long without a request (default: 30m).", valueName: "TIME"), transform: TimeAmount.some)
    var idleTimeout = TimeAmount(duration: .seconds(30 * 60))

    @Option(parsing: .unconditional, help: ArgumentHelp("Log out this long after login at the latest (default: 12h).", valueName: "TIME"), transform: TimeAmount.some)
    var sessionLimit = TimeAmount.hours(12)

    @OptionGroup(title: "Mail to the owner")
    var mail: MailOptions

    func run() async throws {
        let (host, port) = try address()
        let location = try database.location()
        let store = try await location.open(creating: true)
        let hasher = PasswordHasher(secret: try ServerSecret.load(orCreateAt: secret ?? location.secretPath))
        try await makeFirstAdmin(store, hasher, location: location)
        let sender = mail.from
        let workspace = Workspace(folder: URL(fileURLWithPath: regulations, isDirectory: true)) { compiled in
            CallRunner(store: store, compiled: compiled, validator: FieldValidator(), mailer: try MailOptions.composer(for: compiled, from: sender))
        }
        workspace.refresh()
        report(workspace)
        let logger = Logger(label: "reglament")
        let services = try WebServices(
            store: store, workspace: workspace, hasher: hasher,
            settings: WebSettings(
                secureCookies: behindTLSProxy, sessions: SessionPolicy(idleTimeout: idleTimeout.duration, absoluteTimeout: sessionLimit.duration)))
        let outbox = OutboxService(
            worker: OutboxWorker(store: store, transport: try mail.transport(), policy: mail.policy), logger: logger)
        let app = WebServer.application(
            services, host: host, port: port, logger: logger, beside: [RegulationWatcher(workspace: workspace, logger: logger), outbox],
            onRunning: { port in
                say("Reglament serves http://\(host):\(port)/ — log in there; people are added with `reglament users add` or on the admin page.\n")
            })
        try await app.runService()
    }

    private func address() throws -> (String, Int) {
        guard let colon = listen.lastIndex(of: ":"), let port = Int(listen[listen.index(after: colon)...]), (0...65535).contains(port) else {
            throw CommandFailure.badValue(option: "--listen", value: listen, expected: "HOST:PORT, e.g. 127.0.0.1:8080")
        }
        return (String(listen[..<colon]), port)
    }

    /// A database no one can log in to gets an admin, with a password shown here once.
    private func makeFirstAdmin(_ store: any CallDatabase, _ hasher: PasswordHasher, location: CallDatabaseLocation) async throws {
        guard try await store.users().isEmpty else { return }
        let password = GeneratedPassword.make()
        let name = try UserName(parsing: "admin")
        do {
            try await store.addUser(name, role: .admin, spokenName: nil, passwordHash: try hasher.hash(password), shops: [], at: Date())
        } catch AccessError.userExists {
            // Another server over the same database made it a moment ago, and showed its password.
            return
        }
        say("""
            No one could log in yet: made the admin.
              name:     admin
              password: \(password)
            It is shown only now; change it with `reglament users passwd admin --db \(location)`.

            """)
    }

    private func report(_ workspace: Workspace) {
        for shop in workspace.shops {
            if let live = shop.live {
                say("serving \(shop.id) (\(shop.name)) from \(shop.folder.lastPathComponent)/, version \(live.id.prefix(12))\n")
            }
            if let problems = shop.problems {
                StandardError.write("not serving \(shop.id): its regulation in \(shop.folder.path) has errors\n" + problems)
            }
        }
        if workspace.shops.isEmpty { StandardError.write("reglament: no DIR/*/regulation.yaml under '\(regulations)': no shop is served\n") }
    }

    /// Straight to standard output, unbuffered: a script waiting for the address reads it at once.
    private func say(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}
